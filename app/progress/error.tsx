"use client";
import { useEffect } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";

/** When the page itself fails (the widgets have their own boundaries): say so and offer a retry. */
export default function ProgressError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useT("progress");
  useEffect(() => {
    console.error(error);
  }, [error]);
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) return <DatabaseUnavailable onRetry={retry} />;
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Alert tone="error" className="mt-4">
        {t("widgetError")}
      </Alert>
      <Button className="mt-4" onClick={() => retry()}>
        {t("retry")}
      </Button>
    </div>
  );
}
