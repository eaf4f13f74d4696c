import type { Metadata } from "next";
import { AssignmentList } from "@/components/classes/assignment-list";
import { JoinForm } from "@/components/classes/join-form";
import { LeaveClassButton } from "@/components/classes/leave-class-button";
import { EmptyState } from "@/components/teach/empty-state";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { listStudentAssignments } from "@/lib/server/classes/list-student-assignments";
import { listStudentClasses } from "@/lib/server/classes/list-student-classes";
import { getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";

type Props = { searchParams: Promise<{ joined?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("myClassesTitle") };
}

/** A student's classes and assignments, and the form to join a class. Teachers are sent to /teach. */
export default async function ClassesPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getT("teach");
  if (user.role === "TEACHER") {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight">{t("myClassesTitle")}</h1>
        <Alert>{t("joinPageTeacher")}</Alert>
        <ButtonLink href="/teach">{t("teachTitle")}</ButtonLink>
      </div>
    );
  }
  const [classes, assignments, { joined }] = await Promise.all([listStudentClasses(user.id), listStudentAssignments({ studentId: user.id }), searchParams]);
  const joinedClass = classes.find((c) => c.id === joined);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("myClassesTitle")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("myClassesIntro")}</p>
      </header>
      {joinedClass ? <Alert tone="success">{t("joinedClass", { name: joinedClass.name })}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <div className="space-y-6">
          <Card className="h-fit">
            <CardTitle className="mb-4">{t("joinHeading")}</CardTitle>
            <JoinForm />
          </Card>
          <section aria-labelledby="my-classes" className="space-y-3">
            <h2 id="my-classes" className="text-xl font-semibold tracking-tight">
              {t("classesTitle")}
            </h2>
            {classes.length === 0 ? (
              <EmptyState title={t("noMyClassesTitle")} body={t("noMyClassesBody")} />
            ) : (
              <ul className="space-y-2">
                {classes.map((c) => (
                  <li key={c.id} className="flex items-start justify-between gap-3 rounded-xl border border-border bg-surface px-4 py-3">
                    <span className="min-w-0">
                      <p className="font-medium break-words">{c.name}</p>
                      <p className="text-sm break-words text-muted">{t("teacherLabel", { name: c.teacherName })}</p>
                    </span>
                    <LeaveClassButton classId={c.id} name={c.name} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section aria-labelledby="my-assignments" className="space-y-3">
          <h2 id="my-assignments" className="text-xl font-semibold tracking-tight">
            {t("myAssignmentsTitle")}
          </h2>
          <AssignmentList assignments={assignments} t={t} />
        </section>
      </div>
    </div>
  );
}
