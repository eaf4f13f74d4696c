import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssignmentList } from "@/components/classes/assignment-list";
import { listStudentAssignments } from "@/lib/server/classes/list-student-assignments";
import { getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("myAssignmentsTitle") };
}

export default async function AssignmentsPage() {
  const user = await requireUser();
  if (user.role === "TEACHER") redirect("/teach");
  const [t, assignments] = await Promise.all([getT("teach"), listStudentAssignments({ studentId: user.id })]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("myAssignmentsTitle")}</h1>
      <AssignmentList assignments={assignments} t={t} />
    </div>
  );
}
