// How well a learner knows a concept, from their graded practice answers. The same formula runs
// in SQL for signed-in learners (get-concept-mastery.ts) and here, in TypeScript, for guests,
// whose answers exist only in their browser's session.
import { CONCEPT_IDS, templatesForConcept, type ConceptId, type Difficulty } from "@/lib/questions";

/** Each older answer counts this much less than the one after it (the newest weighs 1). */
export const MASTERY_DECAY = 0.8;
/** Only the most recent answers per concept count. */
export const MASTERY_WINDOW = 20;

export interface ConceptMastery {
  concept: ConceptId;
  /** All graded answers in the concept, ever. */
  attempts: number;
  correct: number;
  /**
   * Recency-weighted accuracy in [0, 1): sum(w * correct) / (1 + sum(w)), w = DECAY^age over the
   * last WINDOW answers. The 1 in the denominator is one imaginary wrong answer, so that a single
   * lucky answer reads as 0.5, not as mastery; an unpractised concept is 0.
   */
  mastery: number;
  lastPracticedAt: Date | null;
}

/** The TypeScript twin of the SQL formula; `newestFirst` lists correctness, the latest answer first. */
export function masteryFromOutcomes(newestFirst: readonly boolean[]): number {
  let weightedCorrect = 0;
  let weights = 1;
  newestFirst.slice(0, MASTERY_WINDOW).forEach((correct, age) => {
    const weight = MASTERY_DECAY ** age;
    weights += weight;
    if (correct) weightedCorrect += weight;
  });
  return weightedCorrect / weights;
}

/** The difficulty that fits a mastery: textbook numbers while weak, wrap-around and more blanks once strong. */
export function difficultyForMastery(mastery: number): Difficulty {
  if (mastery < 0.4) return 1;
  if (mastery < 0.75) return 2;
  return 3;
}

/** Concepts that have at least one question template (a concept without one cannot be practised). */
export function practisableConcepts(): ConceptId[] {
  return CONCEPT_IDS.filter((id) => templatesForConcept(id).length > 0);
}

/** One row per concept in teaching order, filling in concepts never practised. */
export function completeMastery(rows: readonly ConceptMastery[]): ConceptMastery[] {
  return CONCEPT_IDS.map(
    (concept) => rows.find((row) => row.concept === concept) ?? { concept, attempts: 0, correct: 0, mastery: 0, lastPracticedAt: null },
  );
}

/** Mastery per concept from a guest's session answers (oldest first, as the browser keeps them). */
export function masteryFromHistory(history: readonly { concept: string; correct: boolean }[]): ConceptMastery[] {
  const rows = CONCEPT_IDS.map((concept): ConceptMastery => {
    const outcomes = history.filter((h) => h.concept === concept).map((h) => h.correct);
    return {
      concept,
      attempts: outcomes.length,
      correct: outcomes.filter(Boolean).length,
      mastery: masteryFromOutcomes(outcomes.slice().reverse()),
      lastPracticedAt: null,
    };
  });
  return rows;
}

/**
 * The concept to practise next in adaptive mode: the lowest mastery; on a tie, the one practised
 * least, then the earliest in teaching order. An unpractised concept (mastery 0) comes first, at
 * the easiest difficulty.
 */
export function pickWeakestConcept(masteries: readonly ConceptMastery[], among: readonly ConceptId[]): ConceptMastery | null {
  const order = (concept: ConceptId) => CONCEPT_IDS.indexOf(concept);
  const candidates = masteries.filter((m) => among.includes(m.concept));
  candidates.sort((a, b) => a.mastery - b.mastery || a.attempts - b.attempts || order(a.concept) - order(b.concept));
  return candidates[0] ?? null;
}
