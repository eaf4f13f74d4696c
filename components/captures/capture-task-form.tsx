"use client";

import { useId, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { MAX_CAPTURE_TASK, MAX_SAVED_CAPTURE_BYTES } from "@/lib/schemas/captures";
import { setCaptureTaskAction } from "@/lib/server/captures/actions";

/** The teacher sets or clears what an assignment asks students to capture and hand in. */
export function CaptureTaskForm({ assignmentId, initialTask }: { assignmentId: string; initialTask: string | null }) {
  const t = useT("captures");
  const id = useId();
  const [task, setTask] = useState(initialTask ?? "");
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string; field?: readonly string[] } | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const result = await setCaptureTaskAction({ assignmentId, task });
      if (!result.ok) return setStatus({ tone: "error", text: result.message, field: result.fieldErrors?.task });
      setStatus({ tone: "success", text: result.data.task ? t("taskSaved") : t("taskCleared") });
    });
  const invalid = Boolean(status?.field?.length);
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Label htmlFor={`${id}-task`}>{t("taskLabel")}</Label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("taskHint", { size: MAX_SAVED_CAPTURE_BYTES / 1024 })}
      </p>
      <textarea
        id={`${id}-task`}
        name="task"
        rows={3}
        maxLength={MAX_CAPTURE_TASK}
        value={task}
        onChange={(event) => setTask(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ""}`}
        className="block w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-base text-fg focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-ring aria-invalid:border-danger"
      />
      <FieldError id={`${id}-error`} messages={status?.field} />
      <Button type="submit" size="sm" disabled={pending}>
        {t("saveTask")}
      </Button>
      <p role="status" className={status?.tone === "error" ? "text-sm font-medium text-danger" : "text-sm text-muted"}>
        {status && !invalid ? status.text : null}
      </p>
    </form>
  );
}
