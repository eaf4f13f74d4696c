import Link from "next/link";
import { DueBadge } from "@/components/flashcards/due-badge";
import { buttonClasses } from "@/components/ui/button";
import { getT } from "@/lib/server/i18n";
import { HeaderShell } from "./header-shell";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu, type UserMenuUser } from "./user-menu";

/** The top bar: brand, main navigation (Teach for teachers only), language, theme and account. */
export async function SiteHeader({ user }: { user: UserMenuUser | null }) {
  const t = await getT("nav");
  const common = await getT("common");
  const teach = await getT("teach");
  const items: NavItem[] = [
    { href: "/practice", label: t("practice") },
    { href: "/flashcards", label: t("flashcards"), badge: user ? <DueBadge /> : undefined },
    { href: "/simulator", label: t("simulator") },
    { href: "/captures", label: t("captures") },
    { href: "/progress", label: t("progress") },
    ...(user?.role === "STUDENT" ? [{ href: "/classes", label: teach("navClasses") }] : []),
    ...(user?.role === "TEACHER" ? [{ href: "/teach", label: t("teach") }] : []),
  ];
  return (
    <header className="relative z-40 border-b border-border bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/80">
      <div className="mx-auto flex min-h-16 max-w-6xl items-center px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-lg text-lg font-semibold tracking-tight text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 32 32"
            className="size-7 text-accent"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M4 10h17l-4-4M28 22H11l4 4" />
            <circle cx="26" cy="10" r="2.2" fill="currentColor" stroke="none" />
            <circle cx="6" cy="22" r="2.2" fill="currentColor" stroke="none" />
          </svg>
          {common("appName")}
        </Link>
        <HeaderShell>
          <NavLinks items={items} label={t("mainNav")} />
          <div className="flex flex-col gap-3 border-t border-border pt-4 md:ml-auto md:flex-row md:items-center md:gap-1 md:border-0 md:pt-0">
            <div className="flex items-center gap-1">
              <LanguageSwitch />
              <ThemeToggle />
            </div>
            {user ? (
              <UserMenu user={user} />
            ) : (
              <div className="flex items-center gap-2 md:ml-2">
                <Link href="/signin" className={buttonClasses({ variant: "ghost", size: "sm", className: "min-h-11 md:min-h-9" })}>
                  {t("signIn")}
                </Link>
                <Link href="/signup" className={buttonClasses({ variant: "primary", size: "sm", className: "min-h-11 md:min-h-9" })}>
                  {t("signUp")}
                </Link>
              </div>
            )}
          </div>
        </HeaderShell>
      </div>
    </header>
  );
}
