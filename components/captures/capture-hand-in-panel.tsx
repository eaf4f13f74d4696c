// On a student's assignment page (a Server Component): the capture the teacher asks for, what the
// student handed in, and the form to hand in one of their saved captures while it is open.
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Dated } from "@/components/teach/dated";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getStudentCaptureTask } from "@/lib/server/captures/capture-submissions";
import { listSavedCaptures } from "@/lib/server/captures/saved-captures";
import { getT } from "@/lib/server/i18n";
import { HandInForm } from "./hand-in-form";

export async function CaptureHandInPanel({ studentId, assignmentId }: { studentId: string; assignmentId: string }) {
  const task = await getStudentCaptureTask({ studentId, assignmentId });
  if (!task) return null;
  const [t, saved] = await Promise.all([getT("captures"), task.window === "open" ? listSavedCaptures(studentId) : Promise.resolve([])]);
  return (
    <Card>
      <section aria-labelledby="hand-in-heading" className="space-y-3">
        <CardTitle id="hand-in-heading">{t("handInHeading")}</CardTitle>
        <div>
          <p className="text-sm text-muted">{t("handInTaskIntro")}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{task.task}</p>
        </div>
        {task.handIn ? (
          <p className="text-sm">
            {t("handedInAs", { name: task.handIn.name })} <Dated text={t("handedInOn")} iso={task.handIn.handedInAt} />
            {task.window === "open" ? ` ${t("handInReplaces")}` : null}
          </p>
        ) : null}
        {task.window === "open" ? (
          saved.length > 0 ? (
            <ClientMessages pick={{ captures: ["handInChoose", "handInButton", "handingIn", "handedInAs"] }}>
              <HandInForm assignmentId={assignmentId} saved={saved.map((c) => ({ id: c.id, name: c.name }))} />
            </ClientMessages>
          ) : (
            <p className="text-sm text-muted">{t("handInNoSaved")}</p>
          )
        ) : (
          <p className="text-sm text-muted">{task.window === "closed" ? t("handInClosed") : t("handInNotOpen")}</p>
        )}
        <Link href="/captures" className={buttonClasses({ size: "sm", variant: "secondary" })}>
          {t("openCaptureLab")}
        </Link>
      </section>
    </Card>
  );
}
