"use client";
import { useEffect } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Button, ButtonLink } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";

/**
 * The error boundary for every page. A database outage (recognised by its digest) gets its own
 * explanation; anything else a short apology, a retry and the digest to quote. Never the
 * error's message or stack: in production Next replaces them anyway.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useT("errors");
  const common = useT("common");

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) return <DatabaseUnavailable onRetry={retry} />;

  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <h1 id="error-title" className="text-2xl font-semibold tracking-tight">
        {t("errorTitle")}
      </h1>
      <p className="mt-3 leading-relaxed text-muted">{t("errorBody")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{common("tryAgain")}</Button>
        <ButtonLink href="/" variant="secondary">
          {common("backHome")}
        </ButtonLink>
      </div>
      {error.digest ? <p className="mt-6 font-mono text-xs text-muted">{t("errorReference", { digest: error.digest })}</p> : null}
    </section>
  );
}
