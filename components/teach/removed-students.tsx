"use client";
// The students a teacher removed from a class: they cannot rejoin with the code until re-admitted.
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { readmitStudentAction } from "@/lib/server/teach/actions";
import type { RemovedStudentDto } from "@/lib/teach/dto";
import { LocalTime } from "@/components/ui/local-time";

export function RemovedStudents({ classId, removed }: { classId: string; removed: RemovedStudentDto[] }) {
  const t = useT("teach");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function readmit(student: RemovedStudentDto) {
    startTransition(async () => {
      const result = await readmitStudentAction({ classId, studentId: student.studentId });
      setMessage(result.ok ? { tone: "success", text: t("readmitted", { name: student.name }) } : { tone: "error", text: result.message });
    });
  }

  // Mounted even when nobody is removed, so that "can join again" stays on screen after the last
  // re-admission empties the list.
  if (removed.length === 0) return <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>;
  return (
    <section aria-labelledby="removed-heading" className="space-y-3">
      <h2 id="removed-heading" className="text-xl font-semibold tracking-tight">
        {t("removedHeading")}
      </h2>
      <p className="text-sm text-muted">{t("removedIntro")}</p>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
        {removed.map((student) => (
          <li key={student.studentId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <span className="min-w-0">
              <span className="block font-medium break-words text-fg">{student.name}</span>
              <span className="block text-sm break-all text-muted">
                {student.email} · {t("colRemoved")} <LocalTime iso={student.removedAt} />
              </span>
            </span>
            <Button size="sm" variant="secondary" disabled={pending} aria-label={t("readmitLabel", { name: student.name })} onClick={() => readmit(student)}>
              {t("readmit")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
