"use client";
// Keeps one failing widget from taking the whole progress page down: the widget is replaced by a
// message and a retry, the rest of the page stays. Next's catchError lets redirects and
// not-found signals through and re-fetches the widget on retry.
import { catchError, type ErrorInfo } from "next/error";
import { useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";

function WidgetError({ title, digest, retry }: { title: string; digest?: string; retry: () => void }) {
  const t = useT("progress");
  const [pending, startTransition] = useTransition();
  return (
    <Card className="min-w-0 p-4 sm:p-6">
      <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
      <Alert tone="error" className="mt-4">
        {digest === DATABASE_UNAVAILABLE_DIGEST ? t("widgetDatabaseError") : t("widgetError")}
      </Alert>
      <Button variant="secondary" size="sm" className="mt-4" onClick={() => startTransition(retry)} disabled={pending}>
        {t("retry")}
      </Button>
    </Card>
  );
}

const digestOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

export const WidgetBoundary = catchError(({ title }: { title: string }, { error, retry }: ErrorInfo) => (
  <WidgetError title={title} digest={digestOf(error)} retry={retry} />
));
