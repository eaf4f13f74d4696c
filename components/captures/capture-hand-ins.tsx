// The teacher's view of an assignment's capture task and hand-ins (a Server Component for the
// assignment's results page): the task form, and each current member's hand-in with a link to
// open it in the capture lab.
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Dated } from "@/components/teach/dated";
import { ScrollArea } from "@/components/ui/scroll-area";
import { getCaptureHandIns } from "@/lib/server/captures/capture-submissions";
import { getT } from "@/lib/server/i18n";
import { CaptureTaskForm } from "./capture-task-form";

export async function CaptureHandIns({ teacherId, assignmentId }: { teacherId: string; assignmentId: string }) {
  const [t, common, handIns] = await Promise.all([getT("captures"), getT("common"), getCaptureHandIns({ teacherId, assignmentId })]);
  if (!handIns) return null;
  return (
    <section aria-labelledby="capture-hand-ins" className="space-y-3">
      <h2 id="capture-hand-ins" className="text-xl font-semibold tracking-tight">
        {t("handInsHeading")}
      </h2>
      <div className="max-w-2xl">
        <ClientMessages pick={{ captures: ["taskLabel", "taskHint", "saveTask", "taskSaved", "taskCleared"] }}>
          <CaptureTaskForm assignmentId={assignmentId} initialTask={handIns.task} />
        </ClientMessages>
      </div>
      {handIns.task ? (
        handIns.rows.length === 0 ? (
          <p className="text-sm text-muted">{t("handInsNoStudents")}</p>
        ) : (
          <ScrollArea label={t("handInsTable")} hint={common("scrollHint")} className="relative rounded-xl border border-border">
            <table className="w-full text-left text-sm">
              <thead className="bg-surface-raised text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colStudent")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colHandIn")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("colHandedInAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {handIns.rows.map((row) => (
                  <tr key={row.studentId} className="border-t border-border">
                    <th scope="row" className="px-3 py-2 font-medium break-words">
                      {row.studentName}
                    </th>
                    <td className="px-3 py-2 break-all">
                      {row.handIn ? (
                        <Link
                          href={`/teach/assignments/${assignmentId}/captures/${row.studentId}`}
                          aria-label={t("openHandIn", { name: row.handIn.name, student: row.studentName })}
                          className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
                        >
                          {row.handIn.name}
                        </Link>
                      ) : (
                        <span className="text-muted">{t("notHandedIn")}</span>
                      )}
                    </td>
                    <td className="px-3 py-2">{row.handIn ? <Dated text="{date}" iso={row.handIn.handedInAt} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )
      ) : null}
    </section>
  );
}
