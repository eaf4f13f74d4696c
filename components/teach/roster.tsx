"use client";
import { useState, useTransition, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeStudentAction } from "@/lib/server/teach/actions";
import type { RosterEntryDto } from "@/lib/teach/dto";
import { LocalTime } from "@/components/ui/local-time";

/** The class's students with Remove; `empty` shows instead of the table when there are none (the status line stays). */
export function Roster({ classId, roster, empty }: { classId: string; roster: RosterEntryDto[]; empty: ReactNode }) {
  const t = useT("teach");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function remove(student: RosterEntryDto) {
    if (!window.confirm(t("removeConfirmHolds", { name: student.name }))) return;
    startTransition(async () => {
      const result = await removeStudentAction({ classId, studentId: student.studentId });
      setMessage(result.ok ? { tone: "success", text: t("removedHolds", { name: student.name }) } : { tone: "error", text: result.message });
    });
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {roster.length === 0 ? (
        empty
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-border">
          <table className="w-full text-left text-sm">
            <thead className="bg-surface-raised text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("colName")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                  {t("colEmail")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                  {t("colJoined")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("colActions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.map((student) => (
                <tr key={student.studentId} className="border-t border-border">
                  <th scope="row" className="px-3 py-2 font-medium text-fg">
                    {student.name}
                    <span className="block text-xs font-normal break-all text-muted sm:hidden">{student.email}</span>
                  </th>
                  <td className="hidden px-3 py-2 break-all text-muted sm:table-cell">{student.email}</td>
                  <td className="hidden px-3 py-2 text-muted md:table-cell">
                    <LocalTime iso={student.joinedAt} />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Button
                      size="sm"
                      variant="danger"
                      disabled={pending}
                      aria-label={t("removeStudentLabel", { name: student.name })}
                      onClick={() => remove(student)}
                    >
                      {t("removeStudent")}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
