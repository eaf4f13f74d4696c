import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/teach/empty-state";
import { MasteryGrid } from "@/components/teach/mastery-grid";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { getClassMasteryGrid } from "@/lib/server/teach/get-class-mastery-grid";
import { masteryGridRows } from "@/lib/teach/mastery-grid-rows";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("masteryGridLink") };
}

export default async function MasteryGridPage({ params }: Props) {
  const teacher = await requireTeacher();
  const { classId } = await params;
  const locale = await getLocale();
  const [t, grid] = await Promise.all([getT("teach"), getClassMasteryGrid({ teacherId: teacher.id, classId, locale })]);
  if (!grid) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={`/teach/classes/${grid.classId}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToClass", { name: grid.className })}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">{t("gridTitle", { name: grid.className })}</h1>
        <p className="max-w-3xl text-muted">{t("gridIntro")}</p>
        <p className="max-w-3xl text-sm text-muted">{t("gridLegend")}</p>
      </header>
      {grid.students.length === 0 ? (
        <EmptyState title={t("noStudentsTitle")} body={t("noStudentsBody")} />
      ) : (
        <MasteryGrid
          concepts={grid.concepts.map((c) => c.name)}
          rows={masteryGridRows(grid)}
          locale={locale}
          labels={{ region: t("masteryGridLink"), scrollHint: (await getT("common"))("scrollHint"), student: t("colStudent"), noData: t("gridNoData") }}
        />
      )}
    </div>
  );
}
