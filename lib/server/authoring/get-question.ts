// Reads of the teacher's own questions: one for the editor and the exports, all for the bank.
import "server-only";
import { parseSpec, type QuestionSpec } from "@/lib/authoring";
import type { Locale } from "@/lib/i18n/config";
import type { AskKind } from "@/lib/authoring";
import { db } from "../db";
import { conceptName } from "@/lib/teach/names";
import { authoredItemId } from "./authored-items";
import { answerStats, assignmentsUsing } from "./usage";
import type { AuthoredQuestionRow } from "@/lib/authoring/dto";

export interface AuthoredQuestionDetail {
  id: string;
  version: number;
  versionId: string;
  spec: QuestionSpec;
  /** Assignments using any version, and whether the current version is frozen by one that started. */
  usedBy: { assignmentId: string; title: string }[];
  frozen: boolean;
}

/** One of the teacher's questions at its current version; null when it is not theirs (or its spec no longer parses). */
export async function getAuthoredQuestion(options: { teacherId: string; questionId: string; now?: Date }): Promise<AuthoredQuestionDetail | null> {
  const question = await db.authoredQuestion.findFirst({
    where: { id: options.questionId, teacherId: options.teacherId },
    select: { id: true, versions: { orderBy: { version: "desc" }, select: { id: true, version: true, spec: true } } },
  });
  const current = question?.versions[0];
  if (!question || !current) return null;
  const parsed = parseSpec(current.spec);
  if (!parsed.ok) return null;
  const uses = await assignmentsUsing(
    options.teacherId,
    question.versions.map((v) => v.id),
    options.now ?? new Date(),
  );
  const currentItem = authoredItemId(current.id);
  return {
    id: question.id,
    version: current.version,
    versionId: current.id,
    spec: parsed.spec,
    usedBy: uses.map((u) => ({ assignmentId: u.assignmentId, title: u.title })),
    frozen: uses.some((u) => u.started && u.itemIds.includes(currentItem)),
  };
}

/** The teacher's bank, newest first, with usage and item statistics over all versions. */
export async function listAuthoredQuestions(options: { teacherId: string; locale: Locale; now?: Date }): Promise<AuthoredQuestionRow[]> {
  const questions = await db.authoredQuestion.findMany({
    where: { teacherId: options.teacherId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      updatedAt: true,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, titleEn: true, titleZh: true, concept: true, askKind: true } },
    },
  });
  const versionIds = questions.flatMap((q) => q.versions.map((v) => v.id));
  const [uses, stats] = await Promise.all([
    assignmentsUsing(options.teacherId, versionIds, options.now ?? new Date()),
    answerStats(options.teacherId, versionIds),
  ]);
  return questions.flatMap((q) => {
    const current = q.versions[0];
    if (!current) return [];
    const items = new Set(q.versions.map((v) => authoredItemId(v.id)));
    const totals = [...items].reduce(
      (sum, item) => ({ answers: sum.answers + (stats.get(item)?.answers ?? 0), correct: sum.correct + (stats.get(item)?.correct ?? 0) }),
      { answers: 0, correct: 0 },
    );
    return [
      {
        id: q.id,
        title: options.locale === "zh" ? current.titleZh : current.titleEn,
        concept: current.concept,
        conceptName: conceptName(current.concept, options.locale),
        kind: current.askKind as AskKind,
        version: current.version,
        updatedAt: q.updatedAt.toISOString(),
        assignments: uses.filter((u) => u.itemIds.some((i) => items.has(i))).length,
        answers: totals.answers,
        shareCorrect: totals.answers ? totals.correct / totals.answers : null,
      },
    ];
  });
}
