"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import { THEME_COOKIE, type Theme } from "./theme";

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

/**
 * Switches between light and dark. The icon and the accessible name follow the `dark` class
 * through CSS alone, so the server-rendered button is right even before hydration.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const t = useT("common");
  return (
    <button
      type="button"
      onClick={() => applyTheme(document.documentElement.classList.contains("dark") ? "light" : "dark")}
      className={cx(
        "inline-flex size-11 items-center justify-center rounded-lg text-fg hover:bg-surface-raised md:size-9",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        className,
      )}
    >
      <span className="sr-only dark:hidden">{t("switchToDark")}</span>
      <span className="sr-only hidden dark:inline">{t("switchToLight")}</span>
      {/* Moon in light mode, sun in dark mode */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11Z" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden size-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
