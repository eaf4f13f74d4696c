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
  const rows = await withDatabase(
    () => db.$queryRaw<MasteryRow[]>`
      WITH ranked AS (
        SELECT "concept", "correct", "createdAt",
               row_number() OVER (PARTITION BY "concept" ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age,
               count(*) OVER (PARTITION BY "concept") AS total,
               count(*) FILTER (WHERE "correct") OVER (PARTITION BY "concept") AS total_correct
        FROM "PracticeAttempt"
        WHERE "userId" = ${userId}
      )
      SELECT "concept",
             max(total)::int AS "attempts",
             max(total_correct)::int AS "correct",
             (sum(CASE WHEN "correct" THEN power(${MASTERY_DECAY}::float8, age) ELSE 0 END)
               / (1 + sum(power(${MASTERY_DECAY}::float8, age))))::float8 AS "mastery",
             max("createdAt") AS "lastPracticedAt"
      FROM ranked
      WHERE age < ${MASTERY_WINDOW}
      GROUP BY "concept"`,
  );
  const known = rows.filter((row): row is MasteryRow & { concept: ConceptId } => (CONCEPT_IDS as readonly string[]).includes(row.concept));
  return completeMastery(known.map((row) => ({ ...row, mastery: Number(row.mastery) })));
}
