"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { archiveClassAction, deleteClassAction, renameClassAction, unarchiveClassAction } from "@/lib/server/teach/actions";

/** Rename, archive (or unarchive) and delete one class, each saying what happens to students' work. */
export function ClassSettings({
  classId,
  name,
  archived,
  counts,
}: {
  classId: string;
  name: string;
  archived: boolean;
  counts: { students: number; assignments: number };
}) {
  const t = useT("manage");
  const router = useRouter();
  const [renameState, renameAction, renaming] = useActionState(renameClassAction, null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const renameFailure = renameState && !renameState.ok ? renameState : null;

  function archive(next: boolean) {
    if (next && !window.confirm(t("archiveConfirm", { name }))) return;
    startTransition(async () => {
      const result = next ? await archiveClassAction({ classId }) : await unarchiveClassAction({ classId });
      setMessage(result.ok ? { tone: "success", text: next ? t("archived", { name }) : t("unarchived", { name }) } : { tone: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  }

  function remove() {
    if (!window.confirm(t("deleteClassConfirm", { name, students: counts.students, assignments: counts.assignments }))) return;
    startTransition(async () => {
      const result = await deleteClassAction({ classId });
      if (!result.ok) setMessage({ tone: "error", text: result.message });
    });
  }

  return (
    <div className="space-y-6">
      {archived ? null : (
        <form action={renameAction} noValidate className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="classId" value={classId} />
          <div className="min-w-0 flex-1 basis-64">
            <TextField
              id="rename-class"
              name="name"
              label={t("renameLabel")}
              maxLength={80}
              required
              defaultValue={renameFailure?.values?.name ?? name}
              errors={renameFailure?.fieldErrors?.name}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={renaming}>
            {t("rename")}
          </Button>
          <div aria-live="polite" className="basis-full">
            {renameState?.ok ? <Alert tone="success">{t("renamed", { name: renameState.data.name })}</Alert> : null}
            {renameFailure && !renameFailure.fieldErrors?.name ? <Alert tone="error">{renameFailure.message}</Alert> : null}
          </div>
        </form>
      )}
      <div className="space-y-2">
        <p className="text-sm text-muted">{t("archiveHelp")}</p>
        <Button variant="secondary" onClick={() => archive(!archived)} disabled={pending}>
          {archived ? t("unarchive") : t("archive")}
        </Button>
      </div>
      <div className="space-y-2">
        <p className="text-sm text-muted">{t("deleteClassHelp")}</p>
        <Button variant="danger" onClick={remove} disabled={pending}>
          {t("deleteClass")}
        </Button>
      </div>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
    </div>
  );
}
