import type { Metadata } from "next";
import Link from "next/link";
import { BankTable } from "@/components/authoring/bank-table";
import { ImportForm } from "@/components/authoring/import-form";
import { EmptyState } from "@/components/teach/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { listAuthoredQuestions } from "@/lib/server/authoring/get-question";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { PRESETS } from "@/lib/simulator/presets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("authoring"))("bankTitle") };
}

/** The teacher's own questions: private to them (the list reads only their rows). */
export default async function QuestionBankPage() {
  const teacher = await requireTeacher();
  const locale = await getLocale();
  const [t, rows] = await Promise.all([getT("authoring"), listAuthoredQuestions({ teacherId: teacher.id, locale })]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href="/teach" className="text-sm text-muted underline-offset-4 hover:underline">
          ← {(await getT("teach"))("teachTitle")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight">{t("bankTitle")}</h1>
        <p className="max-w-3xl leading-relaxed text-muted">{t("bankIntro")}</p>
        <div className="flex flex-wrap gap-2 pt-2">
          <Link href="/teach/questions/new" className={buttonClasses({ size: "sm" })}>
            {t("newQuestion")}
          </Link>
          {rows.length > 0 ? (
            <a href="/api/teach/questions/export" download className={buttonClasses({ size: "sm", variant: "secondary" })}>
              {t("exportBank")}
            </a>
          ) : null}
        </div>
      </header>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")}>
          <ul className="flex flex-wrap justify-center gap-2">
            {PRESETS.map((p) => (
              <li key={p.id}>
                <Link href={`/teach/questions/new?preset=${p.id}`} className={buttonClasses({ size: "sm", variant: "secondary" })}>
                  {p.name[locale]}
                </Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      ) : (
        <BankTable rows={rows} />
      )}
      <Card className="max-w-2xl">
        <CardTitle className="mb-2">{t("importHeading")}</CardTitle>
        <ImportForm />
      </Card>
    </div>
  );
}
