"use client";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startAttemptAction } from "@/lib/server/classes/actions";

export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const t = useT("teach");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <Button
        size="lg"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startAttemptAction({ assignmentId });
            // The action re-renders this page (revalidatePath) and its reply brings the runner: no second request.
            if (!result.ok) setError(result.message);
          })
        }
      >
        {pending ? t("starting") : label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
