import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/teach/empty-state";
import { JoinPanel } from "@/components/teach/join-panel";
import { Dated } from "@/components/teach/dated";
import { RemovedStudents } from "@/components/teach/removed-students";
import { Roster } from "@/components/teach/roster";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { getTeacherClass } from "@/lib/server/teach/get-teacher-class";
import { ClassSettings } from "@/components/teach/class-settings";
import { InviteRoster } from "@/components/teach/invite-roster";
import { isEmailConfigured } from "@/lib/server/mail/mailer";
import { Alert } from "@/components/ui/alert";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("classesTitle") };
}

export default async function TeacherClassPage({ params, searchParams }: Props) {
  const teacher = await requireTeacher();
  const [{ classId }, { deleted }] = await Promise.all([params, searchParams]);
  const [t, manage, classroom] = await Promise.all([getT("teach"), getT("manage"), getTeacherClass({ teacherId: teacher.id, classId })]);
  if (!classroom) notFound();
  const archived = classroom.archivedAt !== null;
  return (
    <div className="space-y-8">
      <header>
        <Link href="/teach" className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToClasses")}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{classroom.name}</h1>
        <p className="mt-1 text-muted">
          {t("studentCount", { n: classroom.studentCount })} · {t("assignmentCount", { n: classroom.assignmentCount })}
        </p>
      </header>
      {deleted === "assignment" ? <Alert tone="success">{manage("assignmentDeleted")}</Alert> : null}
      {archived ? <Alert title={manage("archivedNotice")}>{manage("archiveHelp")}</Alert> : null}

      {archived ? null : (
        <Card>
          <JoinPanel classId={classroom.id} joinCode={classroom.joinCode} />
        </Card>
      )}

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-xl font-semibold tracking-tight">
            {t("assignmentsTitle")}
          </h2>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/teach/classes/${classroom.id}/gradebook`} variant="secondary" size="sm">
              {manage("gradebookLink")}
            </ButtonLink>
            <ButtonLink href={`/teach/classes/${classroom.id}/mastery`} variant="secondary" size="sm">
              {t("masteryGridLink")}
            </ButtonLink>
            {archived ? null : (
              <ButtonLink href={`/teach/classes/${classroom.id}/assignments/new`} size="sm">
                {t("newAssignment")}
              </ButtonLink>
            )}
          </div>
        </div>
        {classroom.assignments.length === 0 ? (
          <EmptyState title={t("noAssignmentsTitle")} body={t("noAssignmentsBody")} />
        ) : (
          <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
            {classroom.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link href={`/teach/assignments/${a.id}`} className="font-medium break-words text-accent underline-offset-4 hover:underline">
                  {a.title}
                </Link>
                <span className="text-sm text-muted">
                  <Dated text={t("dueLabel")} iso={a.dueAt} /> · {t("submittedCount", { n: a.submittedCount })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <CardTitle as="h2" className="text-xl">
          <span id="roster-heading">{t("rosterHeading")}</span>
        </CardTitle>
        {/* Mounted even when empty, so "removed" is still said after the last student goes. */}
        <Roster classId={classroom.id} roster={classroom.roster} empty={<EmptyState title={t("noStudentsTitle")} body={t("noStudentsBody")} />} />
      </section>

      <RemovedStudents classId={classroom.id} removed={classroom.removed} />

      {archived ? null : (
        <section aria-labelledby="invite-heading" className="space-y-3">
          <h2 id="invite-heading" className="text-xl font-semibold tracking-tight">
            {manage("inviteHeading")}
          </h2>
          <Card>
            <InviteRoster classId={classroom.id} className={classroom.name} canSend={isEmailConfigured()} />
          </Card>
        </section>
      )}

      <section aria-labelledby="class-settings-heading" className="space-y-3">
        <h2 id="class-settings-heading" className="text-xl font-semibold tracking-tight">
          {manage("classSettingsHeading")}
        </h2>
        <Card>
          <ClassSettings
            classId={classroom.id}
            name={classroom.name}
            archived={archived}
            counts={{ students: classroom.studentCount, assignments: classroom.assignmentCount }}
          />
        </Card>
      </section>
    </div>
  );
}
