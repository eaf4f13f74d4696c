"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { SignOutForm, useReloadWhenRestored } from "@/components/auth/sign-out-form";

export interface UserMenuUser {
  name: string;
  email: string;
  role: "STUDENT" | "TEACHER";
}

/**
 * The signed-in user's menu (a disclosure: a button that shows and hides a panel): who is signed
 * in, their role, and Sign out. Closes on Escape (returning focus to the button), on a click
 * elsewhere and on navigation.
 */
export function UserMenu({ user }: { user: UserMenuUser }) {
  const t = useT("nav");
  const pathname = usePathname();
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  useReloadWhenRestored();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpenOn(null);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  const initial = user.name.trim().charAt(0).toUpperCase() || "?";
  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex min-h-11 w-full items-center gap-2 rounded-lg px-2 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring md:min-h-9 md:w-auto"
      >
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-fg">
          {initial}
        </span>
        <span className="max-w-40 truncate">{user.name}</span>
        <span className="sr-only">{t("accountMenuAside")}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={cx("size-4 text-muted transition-transform", open && "rotate-180")} fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      {/* The panel's content is rendered when it opens: only the script can open it, so the HTML of
          every signed-in page need not carry it (issue 12). */}
      <div id={panelId} hidden={!open} className="z-40 mt-2 w-full rounded-xl border border-border bg-surface p-4 shadow-lg md:absolute md:right-0 md:w-64">
        {open ? <UserPanel user={user} /> : null}
      </div>
    </div>
  );
}

function UserPanel({ user }: { user: UserMenuUser }) {
  const t = useT("nav");
  const common = useT("common");
  return (
    <>
      <p className="text-sm text-muted">{t("signedIn")}</p>
      <p className="mt-0.5 truncate font-medium text-fg">{user.name}</p>
      <p className="truncate text-sm text-muted">{user.email}</p>
      <Badge className="mt-2">{user.role === "TEACHER" ? common("roleTeacher") : common("roleStudent")}</Badge>
      <Link
        href="/account"
        className="mt-3 flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring md:min-h-9"
      >
        {t("accountSettings")}
      </Link>
      <SignOutForm className="mt-3 border-t border-border pt-3">
        <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm", className: "w-full" })}>
          {t("signOut")}
        </button>
      </SignOutForm>
      <SignOutForm everywhere className="mt-2">
        <button type="submit" className={buttonClasses({ variant: "ghost", size: "sm", className: "w-full" })}>
          {t("signOutEverywhere")}
        </button>
      </SignOutForm>
    </>
  );
}
