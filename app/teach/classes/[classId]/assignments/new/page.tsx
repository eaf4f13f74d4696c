import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { Card } from "@/components/ui/card";
import { CONCEPTS, listTemplates } from "@/lib/questions";
import { listAuthoredQuestions } from "@/lib/server/authoring/get-question";
import { authoredChoice } from "@/lib/server/authoring/resolve-choices";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { sharedAnswerDifficulties } from "@/lib/teach/shared-answers";
import { getTeacherClass } from "@/lib/server/teach/get-teacher-class";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("newAssignment") };
}

export default async function NewAssignmentPage({ params }: Props) {
  const teacher = await requireTeacher();
  const { classId } = await params;
  const [t, authoring, locale, classroom] = await Promise.all([
    getT("teach"),
    getT("authoring"),
    getLocale(),
    getTeacherClass({ teacherId: teacher.id, classId }),
  ]);
  if (!classroom) notFound();
  const concepts = CONCEPTS.map((c) => ({ id: c.id, name: c.name[locale] }));
  const conceptName = new Map(concepts.map((c) => [c.id, c.name]));
  const builtIn = listTemplates().map((tpl) => ({ id: tpl.id, title: tpl.title[locale], conceptName: conceptName.get(tpl.concept) ?? tpl.concept }));
  // The teacher's own questions are picked like templates (value "authored-<question id>").
  const own = (await listAuthoredQuestions({ teacherId: teacher.id, locale })).map((q) => ({
    id: authoredChoice(q.id),
    title: q.title,
    conceptName: `${authoring("authoredBadge")} · ${q.conceptName}`,
  }));
  const templates = [...own, ...builtIn];
  // Which templates give every student the same answer (generated once per server process).
  const sharedAnswers = sharedAnswerDifficulties();
  const conceptTemplates: Record<string, string[]> = {};
  for (const tpl of listTemplates()) (conceptTemplates[tpl.concept] ??= []).push(tpl.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <Link href={`/teach/classes/${classroom.id}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToClass", { name: classroom.name })}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{t("newAssignmentTitle", { name: classroom.name })}</h1>
      </header>
      <Card className="p-4 sm:p-6">
        <AssignmentForm classId={classroom.id} concepts={concepts} templates={templates} sharedAnswers={sharedAnswers} conceptTemplates={conceptTemplates} />
      </Card>
    </div>
  );
}
