import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { grade, parseResponse } from "@/lib/questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { withDatabase } from "../errors";
import { recordConceptOutcome } from "../mastery/concept-rollup";
import type { GradeOutcome } from "./grade-outcome";
import { regenerateQuestion } from "./regenerate-question";
import { timeTakenMs } from "./time-taken";
import { toResultDto } from "./to-result-dto";

/**
 * Grades a signed-in learner's answer to one of their stored questions, on the server, from the
 * stored seed. The attempt is one INSERT ... ON CONFLICT DO NOTHING on the unique questionId, the
 * concept rollup's update when a row was inserted, and a read, in one transaction: however many
 * submits race, one attempt is recorded and every submit gets its result (the first response's,
 * graded again: grading is deterministic). A malformed response is refused before anything is
 * written.
 */
export async function gradePracticeAnswer(options: {
  userId: string;
  questionId: string;
  response: unknown;
  locale: Locale;
  now?: Date;
}): Promise<GradeOutcome> {
  const { userId, questionId, locale, now = new Date() } = options;
  const stored = await withDatabase(() =>
    db.practiceQuestion.findFirst({
      where: { id: questionId, userId },
      select: { id: true, templateId: true, seed: true, difficulty: true, createdAt: true },
    }),
  );
  if (!stored) return { status: "not-found" };
  const question = regenerateQuestion(stored.templateId, stored.seed, stored.difficulty);
  if (!question) return { status: "not-found" };

  const parsed = parseResponse(question, options.response);
  if (!parsed.ok) return { status: "invalid", message: parsed.message, fieldErrors: parsed.fieldErrors };

  const verdict = grade(question, parsed.response, locale);
  const attempt = await withDatabase(() =>
    db.$transaction(async (tx) => {
      const inserted = await tx.practiceAttempt.createMany({
        data: [
          {
            questionId: stored.id,
            userId,
            templateId: stored.templateId,
            concept: question.concept,
            difficulty: stored.difficulty,
            response: parsed.response as Prisma.InputJsonValue,
            correct: verdict.correct,
            misconception: verdict.misconception?.id ?? null,
            timeTakenMs: timeTakenMs(stored.createdAt, now),
          },
        ],
        skipDuplicates: true,
      });
      // Only the submit that recorded the attempt counts it in the class mastery rollup.
      if (inserted.count > 0) await recordConceptOutcome(tx, { userId, concept: question.concept, correct: verdict.correct });
      return tx.practiceAttempt.findUniqueOrThrow({ where: { questionId: stored.id }, select: { response: true, timeTakenMs: true } });
    }),
  );
  // The recorded response may be an earlier submit's; it was valid when it was stored.
  const recorded = parseResponse(question, attempt.response);
  const response = recorded.ok ? recorded.response : parsed.response;
  return { status: "graded", result: toResultDto(question, response, locale, { timeTakenMs: attempt.timeTakenMs, recorded: true }) };
}
