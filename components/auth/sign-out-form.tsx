"use client";
// Sign out, then leave the app's client state behind: a full page load of the home page instead
// of a soft navigation, so that nothing private stays in the router's cache for the back button.
// Pages restored from the browser's back/forward cache are reloaded too, so they are asked of
// the server again (which then knows the session has ended): useReloadWhenRestored, which the
// user menu runs on every signed-in page (the forms themselves are rendered only when it opens).
import { useEffect, useTransition } from "react";
import { signOutEverywhereAction } from "@/lib/server/account/actions";
import { signOutAction } from "@/lib/server/authentication/actions";

/** A signed-in page restored from the back/forward cache is loaded again from the server. */
export function useReloadWhenRestored(): void {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
}

/** Sign out this browser, or (everywhere) every device of the account (lib/server/devices.ts). */
export function SignOutForm({ className, children, everywhere = false }: { className?: string; children: React.ReactNode; everywhere?: boolean }) {
  const [pending, startTransition] = useTransition();

  return (
    <form
      action={everywhere ? () => void signOutEverywhereAction({}) : signOutAction}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          if (everywhere) await signOutEverywhereAction({});
          else await signOutAction();
          window.location.replace("/");
        });
      }}
      aria-busy={pending}
    >
      {children}
    </form>
  );
}
