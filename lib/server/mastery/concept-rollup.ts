// The ConceptRollup table: per learner and concept, the count of graded answers, the newest
// MASTERY_WINDOW outcomes as bits and the time of the newest answer. It is the one store that every
// reader of mastery reads (lib/server/mastery/get-masteries.ts): the learner's /progress, adaptive
// practice and the teacher's mastery grid. Grading (practice and assignments) adds each new answer
// in the statement or transaction that records it, through the ONE upsert below. At 1,000,000
// answers, ranking the answers themselves took 100 to 300 ms for a class of 50, the rollup well
// under a millisecond (docs/performance-scale.md).
// No "server-only": the scale seed (a tsx script) runs the rebuild SQL too.
import { MASTERY_WINDOW } from "../../mastery/mastery";
import { Prisma } from "../../generated/prisma/client";

const WINDOW_MASK = 2 ** MASTERY_WINDOW - 1;

/**
 * The upsert, over the answers that `source` yields: a query with "userId", "concept", "correct" (0
 * or 1) and "answeredAt" (timestamp). It can run inside the one statement that records a practice
 * answer (WITH inserted AS (INSERT ...) ...), where it adds nothing when the answer was a duplicate
 * and `source` is empty. The newest outcome goes into bit 0 (lib/mastery/mastery.ts's pushOutcome
 * is its TypeScript form); the row is locked by the upsert, so two answers at once both count.
 */
export function conceptRollupUpsertFrom(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ConceptRollup" AS r ("userId", "concept", "attempts", "correct", "recentBits", "recentCount", "lastAnsweredAt")
    SELECT s."userId", s."concept", 1, s."correct", s."correct", 1, s."answeredAt" FROM (${source}) AS s
    ON CONFLICT ("userId", "concept") DO UPDATE SET
      "attempts" = r."attempts" + 1,
      "correct" = r."correct" + EXCLUDED."correct",
      "recentBits" = ((r."recentBits" << 1) | EXCLUDED."recentBits") & ${WINDOW_MASK},
      "recentCount" = least(r."recentCount" + 1, ${MASTERY_WINDOW}),
      "lastAnsweredAt" = greatest(r."lastAnsweredAt", EXCLUDED."lastAnsweredAt")`;
}

/**
 * Adds one new graded answer to the learner's rollup of its concept. Call it inside the
 * transaction that inserted the answer, and only when a row was inserted (a duplicate submit
 * that inserted nothing must not count twice).
 */
export async function recordConceptOutcome(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  outcome: { userId: string; concept: string; correct: boolean; answeredAt: Date },
): Promise<void> {
  const { userId, concept, correct, answeredAt } = outcome;
  await tx.$executeRaw(
    conceptRollupUpsertFrom(
      Prisma.sql`SELECT ${userId}::text AS "userId", ${concept}::text AS "concept", ${correct ? 1 : 0}::int AS "correct",
                        to_timestamp(${answeredAt.getTime()}::float8 / 1000) AT TIME ZONE 'UTC' AS "answeredAt"`,
    ),
  );
}

/**
 * Rebuilds every row from the answers tables (newest first by createdAt, then id, as grading adds
 * them). The migrations that shaped the table ran this; the scale seed runs it after its bulk inserts.
 */
export const REBUILD_CONCEPT_ROLLUP_SQL = `
DELETE FROM "ConceptRollup";
INSERT INTO "ConceptRollup" ("userId", "concept", "attempts", "correct", "recentBits", "recentCount", "lastAnsweredAt")
SELECT "userId", "concept", count(*)::int, (count(*) FILTER (WHERE "correct"))::int,
       coalesce(sum(CASE WHEN "correct" AND age < ${MASTERY_WINDOW} THEN 1 << age::int ELSE 0 END), 0)::int,
       least(count(*), ${MASTERY_WINDOW})::int,
       max("createdAt")
FROM (
  SELECT "userId", "concept", "correct", "createdAt", row_number() OVER (PARTITION BY "userId", "concept" ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age
  FROM (
    SELECT "userId", "concept", "correct", "createdAt", "id" FROM "PracticeAttempt"
    UNION ALL
    SELECT "studentId", "concept", "correct", "createdAt", "id" FROM "AssignmentAnswer"
    UNION ALL
    SELECT "userId", "concept", "correct", "createdAt", "id" FROM "CaptureAttempt"
  ) answers
  -- Only learners who still have an account (answers of a deleted one have no owner to roll up to).
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = answers."userId")
) ranked
GROUP BY "userId", "concept";
`;
