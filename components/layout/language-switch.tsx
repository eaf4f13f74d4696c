"use client";
import { useActionState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import { HTML_LANG, LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/server/preferences/actions";

/**
 * One button that offers the other language, named in that language ("简体中文" / "English").
 * A plain form post, so it works before hydration too; the server sets the cookie and, when
 * signed in, saves the choice to the account, and Next re-renders the page in the new language.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useT("common");
  const [, formAction, pending] = useActionState(setLocaleAction, null);
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        disabled={pending}
        title={t("languageLabel")}
        className={cx(
          "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-fg hover:bg-surface-raised md:min-h-9",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-60",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 text-muted" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z" />
        </svg>
        <span lang={HTML_LANG[other]}>{LOCALE_NAMES[other]}</span>
      </button>
    </form>
  );
}
