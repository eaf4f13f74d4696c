"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

/**
 * What readers see instead of a stack trace when the database cannot be reached. `onRetry`
 * re-renders the failed segment (an error boundary's retry); without it, the page reloads.
 */
export function DatabaseUnavailable({ onRetry }: { onRetry?: () => void }) {
  const t = useT("errors");
  const common = useT("common");
  return (
    <section aria-labelledby="database-unavailable-title" className="mx-auto max-w-xl py-12 text-center">
      <svg
        aria-hidden="true"
        viewBox="0 0 48 48"
        className="mx-auto size-14 text-muted"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      >
        <ellipse cx="24" cy="11" rx="14" ry="5" />
        <path d="M10 11v22c0 2.8 6.3 5 14 5M38 11v10M10 22c0 2.8 6.3 5 14 5" />
        <path d="M33 31l8 8M41 31l-8 8" />
      </svg>
      <h1 id="database-unavailable-title" className="mt-6 text-2xl font-semibold tracking-tight">
        {t("databaseTitle")}
      </h1>
      <p className="mt-3 leading-relaxed text-muted">{t("databaseBody")}</p>
      <Button className="mt-8" onClick={() => (onRetry ? onRetry() : window.location.reload())}>
        {common("tryAgain")}
      </Button>
    </section>
  );
}
