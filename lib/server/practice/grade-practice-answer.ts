import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { conceptRollupUpsertFrom } from "../mastery/concept-rollup";
import type { GradeOutcome } from "./grade-outcome";
import { regenerateQuestion } from "./regenerate-question";
import { gradeAnswer, presentAnswer } from "./answer-question";
import { newAttemptId } from "./new-attempt-id";
import { timeTakenMs } from "./time-taken";

interface StoredQuestion {
  id: string;
  templateId: string;
  seed: number;
  difficulty: number;
  createdAt: Date;
  hintShownAt: Date | null;
}

interface RecordedAttempt {
  response: unknown;
  timeTakenMs: number;
}

/**
 * Grades a signed-in learner's answer to one of their stored questions, on the server, from the
 * stored seed. A malformed response is refused before anything is written.
 *
 * Recording is one SQL statement: INSERT ... ON CONFLICT DO NOTHING on the unique questionId, the
 * concept rollup's upsert fed by that insert's RETURNING (so a duplicate adds nothing), and the
 * recorded row back. A statement is atomic, so however many submits race, one attempt is recorded
 * and counted once. A submit that lost the race gets no row back (its statement's snapshot
 * predates the winner's commit, which ON CONFLICT waited for) and reads the winner's attempt in a
 * second statement; every submit gets the first response's result (graded again only then).
 * Parsing, grading and presenting are lib/server/practice/answer-question.ts, shared with guests
 * and assignments. The hot path is raw SQL because Prisma's interactive transaction cost four round
 * trips and several times the CPU of this statement under load (docs/performance.md).
 */
export async function gradePracticeAnswer(options: {
  userId: string;
  questionId: string;
  response: unknown;
  locale: Locale;
  now?: Date;
}): Promise<GradeOutcome> {
  const { userId, questionId, locale, now = new Date() } = options;
  const [stored] = await db.$queryRaw<StoredQuestion[]>`
      SELECT "id", "templateId", "seed", "difficulty", "createdAt", "hintShownAt" FROM "PracticeQuestion"
      WHERE "id" = ${questionId} AND "userId" = ${userId} LIMIT 1`;
  if (!stored) return { status: "not-found" };
  const question = regenerateQuestion(stored.templateId, stored.seed, stored.difficulty);
  if (!question) return { status: "not-found" };

  const graded = gradeAnswer(question, options.response, locale);
  if (graded.status === "invalid") return graded;
  const { response, verdict } = graded;
  const attempt = await (async () => {
    // Times go in as epoch milliseconds and become UTC timestamps, the way Prisma stores DateTime.
    const [inserted] = await db.$queryRaw<RecordedAttempt[]>`
      WITH inserted AS (
        INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt", "hintUsed")
        VALUES (${newAttemptId(now)}, ${stored.id}, ${userId}, ${stored.templateId}, ${question.concept}, ${stored.difficulty}::int,
                ${JSON.stringify(response)}::jsonb, ${verdict.correct}, ${verdict.misconception?.id ?? null}::text,
                ${timeTakenMs(stored.createdAt, now)}::int, to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC',
                ${stored.hintShownAt !== null})
        ON CONFLICT ("questionId") DO NOTHING
        RETURNING "userId", "concept", "correct", "response", "timeTakenMs", "createdAt"
      ), rolled_up AS (
        ${conceptRollupUpsertFrom(Prisma.sql`SELECT "userId", "concept", "correct"::int AS "correct", "createdAt" AS "answeredAt" FROM inserted`)}
      )
      SELECT "response", "timeTakenMs" FROM inserted`;
    if (inserted) return inserted;
    const [earlier] = await db.$queryRaw<RecordedAttempt[]>`
      SELECT "response", "timeTakenMs" FROM "PracticeAttempt" WHERE "questionId" = ${stored.id}`;
    if (!earlier) throw new Error(`practice attempt for ${stored.id} neither inserted nor found`);
    return earlier;
  })();
  // The recorded response may be an earlier submit's; it was valid when it was stored.
  const { result } = presentAnswer(question, graded, { response: attempt.response, timeTakenMs: attempt.timeTakenMs, recorded: true }, locale);
  return { status: "graded", result };
}
