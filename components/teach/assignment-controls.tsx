"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { closeAssignmentNowAction, deleteAssignmentAction, openAssignmentNowAction } from "@/lib/server/teach/actions";

export type AssignmentPhase = "not-open" | "open" | "closed-early" | "past-due";

/**
 * The teacher's buttons on an assignment: edit, open now (or reopen), close now, delete. Each
 * asks before it closes or deletes, saying plainly what happens to students' work.
 */
export function AssignmentControls({
  assignmentId,
  title,
  phase,
  archived,
  attempts,
}: {
  assignmentId: string;
  title: string;
  phase: AssignmentPhase;
  archived: boolean;
  attempts: number;
}) {
  const t = useT("manage");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"open" | "close" | "delete" | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function run(kind: "open" | "close" | "delete") {
    if (kind === "close" && !window.confirm(t("closeConfirm", { title }))) return;
    if (kind === "delete" && !window.confirm(t("deleteAssignmentConfirm", { title, attempts }))) return;
    setBusy(kind);
    startTransition(async () => {
      const result =
        kind === "open"
          ? await openAssignmentNowAction({ assignmentId })
          : kind === "close"
            ? await closeAssignmentNowAction({ assignmentId })
            : await deleteAssignmentAction({ assignmentId });
      setBusy(null);
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      const data = result.data as { submitted?: number } | undefined;
      setMessage({ tone: "success", text: kind === "open" ? t("openedNow") : t("closedNow", { n: data?.submitted ?? 0 }) });
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {archived ? null : (
          <>
            <ButtonLink href={`/teach/assignments/${assignmentId}/edit`} variant="secondary" size="sm">
              {t("edit")}
            </ButtonLink>
            {phase === "not-open" || phase === "closed-early" ? (
              <Button size="sm" onClick={() => run("open")} disabled={pending}>
                {busy === "open" ? t("opening") : phase === "closed-early" ? t("reopen") : t("openNow")}
              </Button>
            ) : null}
            {phase === "open" ? (
              <Button size="sm" onClick={() => run("close")} disabled={pending}>
                {busy === "close" ? t("closing") : t("closeNow")}
              </Button>
            ) : null}
          </>
        )}
        <Button size="sm" variant="danger" onClick={() => run("delete")} disabled={pending}>
          {busy === "delete" ? t("deleting") : t("deleteAssignment")}
        </Button>
      </div>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
    </div>
  );
}
