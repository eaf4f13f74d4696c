import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditAssignmentForm } from "@/components/teach/edit-assignment-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { getTeacherAssignment } from "@/lib/server/teach/get-teacher-assignment";
import { assignmentProgress } from "@/lib/server/teach/manage-assignment";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("manage"))("edit") };
}

/** Editing one of the teacher's assignments: what may change depends on whether students started. */
export default async function EditAssignmentPage({ params }: Props) {
  const teacher = await requireTeacher();
  const { assignmentId } = await params;
  const locale = await getLocale();
  const [t, manage, assignment] = await Promise.all([getT("teach"), getT("manage"), getTeacherAssignment({ teacherId: teacher.id, assignmentId, locale })]);
  if (!assignment) notFound();
  const progress = await assignmentProgress(assignment.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <Link href={`/teach/assignments/${assignment.id}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToResults")}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{manage("editTitle", { title: assignment.title })}</h1>
        <p className="mt-1 text-muted">{manage("editIntro")}</p>
      </header>
      <Card className="p-4 sm:p-6">
        {assignment.archived ? (
          <Alert>{manage("classArchivedReadOnly")}</Alert>
        ) : (
          <EditAssignmentForm assignment={assignment} startedStudents={progress.startedStudents} />
        )}
      </Card>
    </div>
  );
}
