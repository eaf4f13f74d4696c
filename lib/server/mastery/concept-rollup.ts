// The ConceptRollup table: per learner and concept, the count of graded answers and the newest
// MASTERY_WINDOW outcomes as bits. Grading (practice and assignments) records each new answer
// here in its own transaction, so readers of a whole class (the teacher's mastery grid) read one
// row per student and concept instead of ranking every answer: at 1,000,000 answers the ranked
// query took 100 to 300 ms for a class of 50, the rollup well under a millisecond
// (docs/performance-scale.md).
// No "server-only": the scale seed (a tsx script) runs the backfill SQL too.
import { Prisma } from "../../generated/prisma/client";

/** The bits kept: must equal MASTERY_WINDOW (lib/server/practice/mastery.ts; a test checks it). */
export const ROLLUP_WINDOW = 20;
const WINDOW_MASK = 2 ** ROLLUP_WINDOW - 1;

/**
 * Adds one new graded answer to the learner's rollup of its concept. Call it inside the
 * transaction that inserted the answer, and only when a row was inserted (a duplicate submit
 * that inserted nothing must not count twice). The newest outcome goes into bit 0; the row is
 * locked by the upsert, so two answers at once are both counted.
 */
export async function recordConceptOutcome(tx: Pick<Prisma.TransactionClient, "$executeRaw">, outcome: { userId: string; concept: string; correct: boolean }): Promise<void> {
  const bit = outcome.correct ? 1 : 0;
  await tx.$executeRaw`
    INSERT INTO "ConceptRollup" AS r ("userId", "concept", "attempts", "correct", "recentBits", "recentCount")
    VALUES (${outcome.userId}, ${outcome.concept}, 1, ${bit}, ${bit}, 1)
    ON CONFLICT ("userId", "concept") DO UPDATE SET
      "attempts" = r."attempts" + 1,
      "correct" = r."correct" + EXCLUDED."correct",
      "recentBits" = ((r."recentBits" << 1) | EXCLUDED."recentBits") & ${WINDOW_MASK},
      "recentCount" = least(r."recentCount" + 1, ${ROLLUP_WINDOW})`;
}

/**
 * The same upsert as recordConceptOutcome, as a SQL statement over the answers `source` yields
 * (a query with "userId", "concept" and "correct" as 0 or 1), so that it can run inside the one
 * statement that records a practice answer (WITH inserted AS (INSERT ...) ...): it adds nothing
 * when the answer was a duplicate and `source` is empty. Keep the two in step.
 */
export function conceptRollupUpsertFrom(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ConceptRollup" AS r ("userId", "concept", "attempts", "correct", "recentBits", "recentCount")
    SELECT s."userId", s."concept", 1, s."correct", s."correct", 1 FROM (${source}) AS s
    ON CONFLICT ("userId", "concept") DO UPDATE SET
      "attempts" = r."attempts" + 1,
      "correct" = r."correct" + EXCLUDED."correct",
      "recentBits" = ((r."recentBits" << 1) | EXCLUDED."recentBits") & ${WINDOW_MASK},
      "recentCount" = least(r."recentCount" + 1, ${ROLLUP_WINDOW})`;
}

/** Mastery from the rollup's bits: the formula of lib/server/practice/mastery.ts over the newest answers. */
export function rollupMastery(recentBits: number, recentCount: number, decay: number): number {
  let weighted = 0;
  let weights = 1;
  for (let age = 0; age < Math.min(recentCount, ROLLUP_WINDOW); age += 1) {
    const weight = decay ** age;
    weights += weight;
    if ((recentBits >> age) & 1) weighted += weight;
  }
  return weighted / weights;
}

/**
 * Rebuilds every row from the answers tables (newest first by createdAt, then id, as the window
 * queries order them). The migration that created the table ran this; the scale seed runs it
 * after its bulk inserts.
 */
export const REBUILD_CONCEPT_ROLLUP_SQL = `
DELETE FROM "ConceptRollup";
INSERT INTO "ConceptRollup" ("userId", "concept", "attempts", "correct", "recentBits", "recentCount")
SELECT "userId", "concept", count(*)::int, (count(*) FILTER (WHERE "correct"))::int,
       coalesce(sum(CASE WHEN "correct" AND age < ${ROLLUP_WINDOW} THEN 1 << age::int ELSE 0 END), 0)::int,
       least(count(*), ${ROLLUP_WINDOW})::int
FROM (
  SELECT "userId", "concept", "correct", row_number() OVER (PARTITION BY "userId", "concept" ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age
  FROM (
    SELECT "userId", "concept", "correct", "createdAt", "id" FROM "PracticeAttempt"
    UNION ALL
    SELECT "studentId", "concept", "correct", "createdAt", "id" FROM "AssignmentAnswer"
  ) answers
) ranked
GROUP BY "userId", "concept";
`;
