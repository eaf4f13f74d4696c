import "server-only";
import { randomBytes } from "node:crypto";
import type { Locale } from "@/lib/i18n/config";
import { grade, parseResponse } from "@/lib/questions";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { withDatabase } from "../errors";
import { conceptRollupUpsertFrom } from "../mastery/concept-rollup";
import type { GradeOutcome } from "./grade-outcome";
import { regenerateQuestion } from "./regenerate-question";
import { timeTakenMs } from "./time-taken";
import { toResultDto } from "./to-result-dto";

interface StoredQuestion {
  id: string;
  templateId: string;
  seed: number;
  difficulty: number;
  createdAt: Date;
}

interface RecordedAttempt {
  response: unknown;
  timeTakenMs: number;
}

let idCounter = 0;
/**
 * An attempt id in the shape of Prisma's cuid() (which a raw INSERT cannot call): "c", the time in
 * base 36, a counter, random bits. Time-ordered like cuids, so the rollup rebuild's ("createdAt",
 * "id") order agrees with the order answers were recorded in.
 */
function newAttemptId(now: Date): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  return `c${now.getTime().toString(36).padStart(8, "0")}${idCounter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;
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
 * second statement; every submit gets the first response's result, graded again (grading is
 * deterministic). The hot path is raw SQL because Prisma's interactive transaction cost four round
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
  const [stored] = await withDatabase(
    () => db.$queryRaw<StoredQuestion[]>`
      SELECT "id", "templateId", "seed", "difficulty", "createdAt" FROM "PracticeQuestion"
      WHERE "id" = ${questionId} AND "userId" = ${userId} LIMIT 1`,
  );
  if (!stored) return { status: "not-found" };
  const question = regenerateQuestion(stored.templateId, stored.seed, stored.difficulty);
  if (!question) return { status: "not-found" };

  const parsed = parseResponse(question, options.response);
  if (!parsed.ok) return { status: "invalid", message: parsed.message, fieldErrors: parsed.fieldErrors };

  const verdict = grade(question, parsed.response, locale);
  const attempt = await withDatabase(async () => {
    // Times go in as epoch milliseconds and become UTC timestamps, the way Prisma stores DateTime.
    const [inserted] = await db.$queryRaw<RecordedAttempt[]>`
      WITH inserted AS (
        INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
        VALUES (${newAttemptId(now)}, ${stored.id}, ${userId}, ${stored.templateId}, ${question.concept}, ${stored.difficulty}::int,
                ${JSON.stringify(parsed.response)}::jsonb, ${verdict.correct}, ${verdict.misconception?.id ?? null}::text,
                ${timeTakenMs(stored.createdAt, now)}::int, to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')
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
  });
  // The recorded response may be an earlier submit's; it was valid when it was stored.
  const recorded = parseResponse(question, attempt.response);
  const response = recorded.ok ? recorded.response : parsed.response;
  return { status: "graded", result: toResultDto(question, response, locale, { timeTakenMs: attempt.timeTakenMs, recorded: true }) };
}
