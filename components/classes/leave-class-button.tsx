"use client";
// Leave a class (after a confirmation that says what the teacher stops seeing).
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { leaveClassAction } from "@/lib/server/classes/actions";

export function LeaveClassButton({ classId, name }: { classId: string; name: string }) {
  const t = useT("teach");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function leave() {
    if (!window.confirm(t("leaveConfirm", { name }))) return;
    startTransition(async () => {
      const result = await leaveClassAction({ classId });
      // The action revalidates /classes, and its reply re-renders the list.
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <span className="flex flex-col items-end gap-1">
      <Button size="sm" variant="secondary" disabled={pending} aria-label={t("leaveClassLabel", { name })} onClick={leave}>
        {t("leaveClass")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
