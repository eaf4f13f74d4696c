import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

const at = (date: Date) => Prisma.sql`(to_timestamp(${date.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;
const score = Prisma.sql`(SELECT count(*)::int FROM "AssignmentAnswer" AS x WHERE x."submissionId" = s."id" AND x."correct")`;

/**
 * Submits the attempts whose time limit has run out (a quiz in class), at the moment it ran out,
 * scored on the answers recorded in time (later ones were refused). Run before reading attempts,
 * so that an attempt left open when the time ran out counts as the student left it. One
 * statement; running it twice changes nothing.
 */
export async function finishTimedOutAttempts(scope: { assignmentId: string } | { classId: string }, now: Date): Promise<void> {
  const where = "assignmentId" in scope ? Prisma.sql`a."id" = ${scope.assignmentId}` : Prisma.sql`a."classId" = ${scope.classId}`;
  await db.$executeRaw`
      UPDATE "AssignmentSubmission" AS s
      SET "submittedAt" = s."startedAt" + a."timeLimitMinutes" * interval '1 minute', "score" = ${score}
      FROM "Assignment" AS a
      WHERE a."id" = s."assignmentId" AND ${where} AND s."submittedAt" IS NULL AND a."timeLimitMinutes" IS NOT NULL
        AND s."startedAt" + a."timeLimitMinutes" * interval '1 minute' <= ${at(now)}`;
}

/**
 * Submits every attempt under way, now, with the answers given so far: what "close now" and
 * archiving a class do to students still working, so that nobody's work is lost.
 */
export async function finishOpenAttempts(scope: { assignmentId: string } | { classId: string }, now: Date): Promise<number> {
  const where = "assignmentId" in scope ? Prisma.sql`a."id" = ${scope.assignmentId}` : Prisma.sql`a."classId" = ${scope.classId}`;
  return db.$executeRaw`
      UPDATE "AssignmentSubmission" AS s
      SET "submittedAt" = ${at(now)}, "score" = ${score}
      FROM "Assignment" AS a
      WHERE a."id" = s."assignmentId" AND ${where} AND s."submittedAt" IS NULL`;
}
