import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getAuthoredQuestion } from "@/lib/server/authoring/get-question";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("authoring"))("editTitle") };
}

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One of the teacher's questions in the editor; anyone else's (or an unknown id) is not found. */
export default async function EditQuestionPage({ params, searchParams }: Props) {
  const teacher = await requireTeacher();
  const { questionId } = await params;
  const [t, locale, question] = await Promise.all([
    getT("authoring"),
    getLocale(),
    /^[A-Za-z0-9_-]{1,64}$/.test(questionId) ? getAuthoredQuestion({ teacherId: teacher.id, questionId }) : null,
  ]);
  if (!question) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href="/teach/questions" className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToBank")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">{question.spec.title[locale]}</h1>
        {question.usedBy.length > 0 ? <p className="text-sm text-muted">{t("usedBy", { titles: question.usedBy.map((u) => u.title).join(", ") })}</p> : null}
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <span className="text-sm font-medium">{t("exportHeading")}:</span>
          <a href={`/api/teach/questions/${question.id}/export?format=moodle`} download className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {t("exportMoodle")}
          </a>
          <a href={`/api/teach/questions/${question.id}/export?format=qti`} download className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {t("exportQti")}
          </a>
        </div>
      </header>
      {(await searchParams).saved === "1" ? <Alert tone="success">{t("savedNew")}</Alert> : null}
      <QuestionEditor key={`${question.versionId}`} questionId={question.id} initial={question.spec} version={question.version} frozen={question.frozen} />
    </div>
  );
}
