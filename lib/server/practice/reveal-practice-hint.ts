import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { hintFor } from "@/lib/questions/hints";
import { db } from "../db";
import { AppError } from "../errors";
import { openGuestQuestion } from "./guest-question-token";
import { regenerateQuestion } from "./regenerate-question";

/**
 * The hint of a question before it is answered. A signed-in learner's stored question records when
 * the hint was first shown (one UPDATE, only while no attempt exists), and grading copies that into
 * the attempt; a guest's sealed question records nothing. An unknown id, another learner's
 * question, a token that does not open: not found. After the answer: refused (the explanation is there).
 */
export async function revealPracticeHint(options: {
  userId: string | null;
  questionId?: string;
  token?: string;
  locale: Locale;
  now?: Date;
}): Promise<{ hint: string }> {
  const { userId, questionId, token, locale, now = new Date() } = options;
  if (questionId !== undefined) {
    if (!userId) throw new AppError("UNAUTHENTICATED");
    const [row] = await db.$queryRaw<{ templateId: string; seed: number; difficulty: number }[]>`
        UPDATE "PracticeQuestion" q SET "hintShownAt" = COALESCE(q."hintShownAt", to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')
        WHERE q."id" = ${questionId} AND q."userId" = ${userId}
          AND NOT EXISTS (SELECT 1 FROM "PracticeAttempt" a WHERE a."questionId" = q."id")
        RETURNING q."templateId", q."seed", q."difficulty"`;
    if (!row) {
      const answered = await db.practiceAttempt.findFirst({ where: { questionId, userId }, select: { id: true } });
      throw answered
        ? new AppError("CONFLICT", { messageKey: "practice.hintAfterAnswer" })
        : new AppError("NOT_FOUND", { messageKey: "practice.questionNotFound" });
    }
    const question = regenerateQuestion(row.templateId, row.seed, row.difficulty);
    if (!question) throw new AppError("NOT_FOUND", { messageKey: "practice.questionNotFound" });
    return { hint: hintFor(question)[locale] };
  }
  const claims = openGuestQuestion(token ?? "", now);
  const question = claims ? regenerateQuestion(claims.templateId, claims.seed, claims.difficulty) : null;
  if (!question) throw new AppError("NOT_FOUND", { messageKey: "practice.guestQuestionExpired" });
  return { hint: hintFor(question)[locale] };
}
