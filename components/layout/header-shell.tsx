"use client";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";

/**
 * The collapsible part of the header. From the `md` breakpoint up its children sit in one row;
 * below it they fold behind a Menu button and open as a panel. The panel closes on navigation
 * (it is tied to the path it was opened on) and on Escape.
 */
export function HeaderShell({ children }: { children: ReactNode }) {
  const t = useT("nav");
  const pathname = usePathname();
  const panelId = useId();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpenOn(null);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="ml-auto inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {open ? t("closeMenu") : t("menu")}
      </button>
      <div
        id={panelId}
        className={cx(
          open ? "flex" : "hidden",
          "absolute inset-x-0 top-full z-30 flex-col gap-4 border-b border-border bg-surface px-4 pb-5 pt-3 shadow-lg",
          "md:static md:z-auto md:ml-6 md:flex md:flex-1 md:flex-row md:items-center md:gap-2 md:border-0 md:bg-transparent md:p-0 md:shadow-none",
        )}
      >
        {children}
      </div>
    </>
  );
}
