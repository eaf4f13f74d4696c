import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { EmptyState } from "@/components/teach/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { listTeacherClasses } from "@/lib/server/teach/list-teacher-classes";
import { formatJoinCode } from "@/lib/teach/join-code";
import { Alert } from "@/components/ui/alert";
import type { ClassSummaryDto } from "@/lib/teach/dto";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("teachTitle") };
}

/** The teacher's home: their classes and a form to create one. Students get the not-found page. */
export default async function TeachPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const teacher = await requireTeacher();
  const [t, authoring, manage, all, { deleted }] = await Promise.all([
    getT("teach"),
    getT("authoring"),
    getT("manage"),
    listTeacherClasses(teacher.id),
    searchParams,
  ]);
  const classes = all.filter((c) => c.archivedAt === null);
  const archived = all.filter((c) => c.archivedAt !== null);
  const classList = (list: ClassSummaryDto[]) => (
    <ul className="grid gap-3 sm:grid-cols-2">
      {list.map((c) => (
        <li key={c.id}>
          <Link
            href={`/teach/classes/${c.id}`}
            className="block h-full rounded-xl border border-border bg-surface p-4 shadow-sm hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <span className="block font-semibold break-words text-fg">{c.name}</span>
            <span className="mt-1 block text-sm text-muted">
              {t("studentCount", { n: c.studentCount })} · {t("assignmentCount", { n: c.assignmentCount })}
            </span>
            <span className="mt-2 block font-mono text-sm text-muted">
              {c.archivedAt ? manage("archivedBadge") : t("joinCodeLine", { code: formatJoinCode(c.joinCode) })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("teachTitle")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("teachIntro")}</p>
        <Link href="/teach/questions" className={buttonClasses({ size: "sm", variant: "secondary", className: "mt-3" })}>
          {authoring("bankLink")}
        </Link>
      </header>
      {deleted === "class" ? <Alert tone="success">{manage("classDeleted")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Card className="h-fit">
          <CardTitle className="mb-4">{t("createClassHeading")}</CardTitle>
          <CreateClassForm />
        </Card>
        <section aria-labelledby="classes-heading" className="space-y-3">
          <h2 id="classes-heading" className="text-xl font-semibold tracking-tight">
            {t("classesTitle")}
          </h2>
          {classes.length === 0 ? <EmptyState title={t("noClassesTitle")} body={t("noClassesBody")} /> : classList(classes)}
          {archived.length > 0 ? (
            <section aria-labelledby="archived-heading" className="space-y-3 pt-4">
              <h2 id="archived-heading" className="text-xl font-semibold tracking-tight">
                {manage("archivedClassesHeading")}
              </h2>
              {classList(archived)}
            </section>
          ) : null}
        </section>
      </div>
    </div>
  );
}
