import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/teach/empty-state";
import { GradebookTable } from "@/components/teach/gradebook-table";
import { getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { getClassGradebook } from "@/lib/server/teach/get-class-gradebook";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("manage"))("gradebookLink") };
}

/** The class gradebook: students by assignments, totals, CSV. Only the class's teacher. */
export default async function GradebookPage({ params }: Props) {
  const teacher = await requireTeacher();
  const { classId } = await params;
  const [t, teach, common, book] = await Promise.all([getT("manage"), getT("teach"), getT("common"), getClassGradebook({ teacherId: teacher.id, classId })]);
  if (!book) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={`/teach/classes/${book.classId}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {teach("backToClass", { name: book.className })}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">{t("gradebookTitle", { name: book.className })}</h1>
        <p className="max-w-3xl text-muted">{t("gradebookIntro")}</p>
        {book.students.length > 0 && book.assignments.length > 0 ? (
          <a
            href={`/api/teach/classes/${book.classId}/gradebook`}
            download
            className="inline-flex min-h-9 items-center rounded-lg border border-border-strong bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            {t("downloadGradebook")}
          </a>
        ) : null}
      </header>
      {book.students.length === 0 ? (
        <EmptyState title={teach("noStudentsTitle")} body={teach("noStudentsBody")} />
      ) : book.assignments.length === 0 ? (
        <EmptyState title={teach("noAssignmentsTitle")} body={t("noGradebookAssignments")} />
      ) : (
        <GradebookTable book={book} t={t} teach={teach} scrollHint={common("scrollHint")} />
      )}
    </div>
  );
}
