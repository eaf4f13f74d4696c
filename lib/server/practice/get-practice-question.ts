import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { parseResponse } from "@/lib/questions";
import { hintFor } from "@/lib/questions/hints";
import { db } from "../db";
import type { StoredPracticeQuestion } from "@/lib/practice/dto";
import { regenerateQuestion } from "./regenerate-question";
import { toQuestionDto } from "./to-question-dto";
import { toResultDto } from "./to-result-dto";

/**
 * One of the learner's own practice questions, with its result if it has been answered. Null for
 * an unknown id or another learner's question (the two are not told apart).
 */
export async function getPracticeQuestion(options: { userId: string; questionId: string; locale: Locale }): Promise<StoredPracticeQuestion | null> {
  const { userId, questionId, locale } = options;
  const row = await db.practiceQuestion.findFirst({
    where: { id: questionId, userId },
    select: { id: true, templateId: true, seed: true, difficulty: true, hintShownAt: true, attempt: { select: { response: true, timeTakenMs: true } } },
  });
  if (!row) return null;
  const question = regenerateQuestion(row.templateId, row.seed, row.difficulty);
  if (!question) return null;
  const dto = toQuestionDto(question, { kind: "stored", id: row.id }, locale);
  if (row.hintShownAt && !row.attempt) dto.hint = hintFor(question)[locale];
  if (!row.attempt) return { question: dto, result: null };
  const stored = parseResponse(question, row.attempt.response);
  if (!stored.ok) return { question: dto, result: null };
  return { question: dto, result: toResultDto(question, stored.response, locale, { timeTakenMs: row.attempt.timeTakenMs, recorded: true }) };
}
