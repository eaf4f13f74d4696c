import "server-only";
import { CONCEPT_IDS, type ConceptId } from "@/lib/questions";
import { completeMastery, masteryFromOutcomes, outcomesFromBits, peakMasteryFromOutcomes, type ConceptMastery } from "@/lib/mastery/mastery";
import { db } from "../db";

interface RollupRow {
  userId: string;
  concept: string;
  attempts: number;
  correct: number;
  recentBits: number;
  recentCount: number;
  lastAnsweredAt: Date | null;
}

/**
 * The one reader of mastery: every concept of each learner (teaching order; unanswered concepts at
 * 0), from ConceptRollup, by lib/mastery/mastery.ts's formula. One indexed query whatever the number
 * of answers. The caller has already checked that its user may see these learners (the learner
 * themselves, or the teacher of a class they belong to).
 */
export async function getMasteries(userIds: readonly string[]): Promise<Map<string, ConceptMastery[]>> {
  const ids = [...new Set(userIds)];
  const rows =
    ids.length === 0
      ? []
      : await db.$queryRaw<RollupRow[]>`
          SELECT "userId", "concept", "attempts", "correct", "recentBits", "recentCount", "lastAnsweredAt"
          FROM "ConceptRollup" WHERE "userId" = ANY(${ids}::text[])`;
  const known = (concept: string): concept is ConceptId => (CONCEPT_IDS as readonly string[]).includes(concept);
  const byUser = new Map<string, ConceptMastery[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    if (!known(row.concept)) continue;
    const newestFirst = outcomesFromBits({ bits: row.recentBits, count: row.recentCount });
    byUser.get(row.userId)!.push({
      concept: row.concept,
      attempts: row.attempts,
      correct: row.correct,
      mastery: masteryFromOutcomes(newestFirst),
      peak: peakMasteryFromOutcomes(newestFirst),
      lastPracticedAt: row.lastAnsweredAt,
    });
  }
  return new Map([...byUser].map(([id, masteries]) => [id, completeMastery(masteries)]));
}

/** One learner's mastery of every concept (their own /progress and adaptive practice). */
export async function getConceptMastery(userId: string): Promise<ConceptMastery[]> {
  return (await getMasteries([userId])).get(userId)!;
}
