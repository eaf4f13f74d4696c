import "server-only";
import { CONCEPT_IDS, type ConceptId } from "@/lib/questions";
import { db } from "../db";
import { withDatabase } from "../errors";
import { completeMastery, MASTERY_DECAY, MASTERY_WINDOW, type ConceptMastery } from "./mastery";

interface MasteryRow {
  concept: string;
  attempts: number;
  correct: number;
  mastery: number;
  lastPracticedAt: Date;
}

/**
 * The learner's mastery of every concept (teaching order; unpractised concepts at 0), computed
 * in one query from their practice attempts with the formula documented in mastery.ts. Used by
 * adaptive practice and by the progress page.
 */
export async function getConceptMastery(userId: string): Promise<ConceptMastery[]> {
  // Counts per concept come from one grouped pass; the recency-weighted part reads only the newest
  // MASTERY_WINDOW answers of each concept through the (userId, concept, createdAt) index, so the
  // cost stays flat for a learner with 100,000 answers.
  const rows = await withDatabase(
    () => db.$queryRaw<MasteryRow[]>`
      SELECT totals."concept",
             totals.attempts::int AS "attempts",
             totals.correct::int AS "correct",
             (recent.weighted_correct / (1 + recent.weighted_total))::float8 AS "mastery",
             totals.last AS "lastPracticedAt"
      FROM (
        SELECT "concept", count(*) AS attempts, count(*) FILTER (WHERE "correct") AS correct, max("createdAt") AS last
        FROM "PracticeAttempt"
        WHERE "userId" = ${userId}
        GROUP BY "concept"
      ) totals
      CROSS JOIN LATERAL (
        SELECT sum(CASE WHEN newest."correct" THEN power(${MASTERY_DECAY}::float8, newest.age) ELSE 0 END) AS weighted_correct,
               sum(power(${MASTERY_DECAY}::float8, newest.age)) AS weighted_total
        FROM (
          SELECT "correct", row_number() OVER (ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age
          FROM (
            SELECT "correct", "createdAt", "id"
            FROM "PracticeAttempt"
            WHERE "userId" = ${userId} AND "concept" = totals."concept"
            ORDER BY "createdAt" DESC, "id" DESC
            LIMIT ${MASTERY_WINDOW}
          ) window_rows
        ) newest
      ) recent`,
  );
  const known = rows.filter((row): row is MasteryRow & { concept: ConceptId } => (CONCEPT_IDS as readonly string[]).includes(row.concept));
  return completeMastery(known.map((row) => ({ ...row, mastery: Number(row.mastery) })));
}
