import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HandedInLab } from "@/components/captures/handed-in-lab";
import { Dated } from "@/components/teach/dated";
import { getHandedInCapture } from "@/lib/server/captures/capture-submissions";
import { getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";

type Props = { params: Promise<{ assignmentId: string; studentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("captures"))("handInsHeading") };
}

/** The capture a student handed in, for the assignment's teacher only (getHandedInCapture checks both). */
export default async function HandedInCapturePage({ params }: Props) {
  const teacher = await requireTeacher();
  const { assignmentId, studentId } = await params;
  const [t, handIn] = await Promise.all([getT("captures"), getHandedInCapture({ teacherId: teacher.id, assignmentId, studentId })]);
  if (!handIn) notFound();
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <Link href={`/teach/assignments/${assignmentId}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToAssignment", { title: handIn.assignmentTitle })}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-all">{t("handInTitle", { student: handIn.studentName, name: handIn.name })}</h1>
        <p className="max-w-3xl text-muted">{t("handInIntro", { student: handIn.studentName, assignment: handIn.assignmentTitle })}</p>
        <p className="text-sm text-muted">
          <Dated text={t("handedInOn")} iso={handIn.handedInAt} />
        </p>
      </header>
      <HandedInLab name={handIn.name} data={Buffer.from(handIn.bytes).toString("base64")} />
    </div>
  );
}
