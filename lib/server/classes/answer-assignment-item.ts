import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { answersVisible } from "@/lib/teach/status";
import { db } from "../db";
import { AppError } from "../errors";
import { conceptRollupUpsertFrom } from "../mastery/concept-rollup";
import { countedAnswer, gradeAnswer, presentAnswer } from "../practice/answer-question";
import { newAttemptId } from "../practice/new-attempt-id";
import { timeTakenMs } from "../practice/time-taken";
import type { SavedAnswerDto } from "@/lib/teach/dto";
import { loadOpenItem } from "./load-open-item";

/**
 * Saves and grades (on the server, from the student's own seed) the answer to one item of the
 * attempt under way. Refused outside the window (the server's clock and the student's own due
 * time decide) and once the attempt is submitted. One answer per (submission, item): the INSERT
 * skips a duplicate and every racing call reads back the one recorded. The result (key and
 * explanation) comes back only when the assignment shows answers at once.
 *
 * Graded once (lib/server/practice/answer-question.ts, the path practice and guests take too) and
 * recorded in one SQL statement: it locks the open attempt (so a submit running at the same time
 * waits, and an answer lands before it or not at all), inserts the answer, feeds the concept
 * rollup from what was inserted, and says whether the attempt was open. No interactive
 * transaction: nothing holds a pool connection between round trips, and nothing times out
 * waiting for one (issue 12: 94 answers were refused with P2028 at 300 students).
 */
export async function answerAssignmentItem(options: {
  studentId: string;
  assignmentId: string;
  itemIndex: number;
  response: unknown;
  locale: Locale;
  now?: Date;
}): Promise<SavedAnswerDto> {
  const { studentId, assignmentId, itemIndex, locale, now = new Date() } = options;
  const { loaded, submission, item } = await loadOpenItem(studentId, assignmentId, itemIndex, now);
  const graded = gradeAnswer(item.question, options.response, locale);
  if (graded.status === "invalid") throw new AppError("INVALID_INPUT", { messageKey: "teach.invalidAnswer", messageVars: { detail: graded.message } });
  const { question } = item;
  const { verdict } = graded;

  const recorded = await (async () => {
    const [row] = await db.$queryRaw<{ open: boolean; response: unknown; createdAtMs: number | null }[]>`
      WITH open AS (
        SELECT "id" FROM "AssignmentSubmission"
        WHERE "id" = ${submission.id} AND "studentId" = ${studentId} AND "submittedAt" IS NULL FOR UPDATE
      ), inserted AS (
        INSERT INTO "AssignmentAnswer" ("id", "submissionId", "itemIndex", "studentId", "templateId", "concept", "seed", "difficulty", "response", "correct", "misconception", "createdAt", "hintUsed")
        SELECT ${newAttemptId(now)}, open."id", ${itemIndex}::int, ${studentId}, ${question.template}, ${question.concept}, ${item.seed}::int, ${question.difficulty}::int,
               ${JSON.stringify(graded.response)}::jsonb, ${verdict.correct}, ${verdict.misconception?.id ?? null}::text,
               to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC',
               EXISTS (SELECT 1 FROM "AssignmentHint" h WHERE h."submissionId" = open."id" AND h."itemIndex" = ${itemIndex}::int)
        FROM open
        ON CONFLICT ("submissionId", "itemIndex") DO NOTHING
        RETURNING "studentId" AS "userId", "concept", "correct", "response", "createdAt"
      ), rolled_up AS (
        ${conceptRollupUpsertFrom(Prisma.sql`SELECT "userId", "concept", "correct"::int AS "correct", "createdAt" AS "answeredAt" FROM inserted`)}
      )
      SELECT EXISTS (SELECT 1 FROM open) AS "open", i."response", (extract(epoch FROM i."createdAt") * 1000)::float8 AS "createdAtMs"
      FROM (SELECT 1) AS one LEFT JOIN inserted AS i ON true`;
    if (!row?.open) throw new AppError("CONFLICT", { messageKey: "teach.alreadySubmitted" });
    if (row.createdAtMs !== null) return { response: row.response, createdAt: new Date(row.createdAtMs) };
    // Answered before (a double click, two tabs): the first answer stands.
    const [earlier] = await db.$queryRaw<{ response: unknown; createdAtMs: number }[]>`
      SELECT "response", (extract(epoch FROM "createdAt") * 1000)::float8 AS "createdAtMs" FROM "AssignmentAnswer"
      WHERE "submissionId" = ${submission.id} AND "itemIndex" = ${itemIndex}`;
    if (!earlier) throw new Error(`assignment answer ${submission.id}#${itemIndex} neither inserted nor found`);
    return { response: earlier.response, createdAt: new Date(earlier.createdAtMs) };
  })();
  const spent = timeTakenMs(submission.startedAt, recorded.createdAt);
  if (!answersVisible(loaded.row.showAnswers, loaded.due, now)) {
    return { index: itemIndex, response: countedAnswer(question, graded, recorded.response, locale).response, result: null };
  }
  const { response, result } = presentAnswer(question, graded, { response: recorded.response, timeTakenMs: spent, recorded: true }, locale);
  return { index: itemIndex, response, result };
}
