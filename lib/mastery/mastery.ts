// The one definition of mastery: how well a learner knows a concept, from their graded answers.
//
// What counts (a product decision, stated on /progress, the class mastery grid and the join page):
// every graded answer of the learner in the concept, practice and assignments alike. A learner's
// mastery is a fact about the learner, so the learner and their teachers see the same number under
// the same word. A teacher sees these figures per concept, never the practice questions or answers.
//
// The formula is kept in two forms that tests hold equal: here over a list of outcomes (guests,
// whose answers live only in their browser's session, and the state diagram's per-edge scores), and
// in SQL as the concept rollup's upsert (lib/server/mastery/concept-rollup.ts), whose newest
// MASTERY_WINDOW outcomes are bits that masteryFromBits reads.
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
  /**
   * The highest mastery reached within the last WINDOW answers (peakMasteryFromOutcomes): a
   * concept the learner once passed and has missed since reads high here and lower in `mastery`.
   * Absent where only `mastery` is known; readers then take `mastery`.
   */
  peak?: number;
}

/** The weight of the answer `age` places before the newest: MASTERY_DECAY ** age. */
const WEIGHTS = Array.from({ length: MASTERY_WINDOW }, (_, age) => MASTERY_DECAY ** age);

/** Mastery of outcomes[from..end), as if outcomes[from] were the newest (end - from <= WINDOW). */
function masteryOf(newestFirst: readonly boolean[], from: number, end: number): number {
  let weightedCorrect = 0;
  let weights = 1;
  for (let k = from; k < end; k++) {
    const weight = WEIGHTS[k - from]!;
    weights += weight;
    if (newestFirst[k]) weightedCorrect += weight;
  }
  return weightedCorrect / weights;
}

/** Mastery of outcomes listed newest first. */
export function masteryFromOutcomes(newestFirst: readonly boolean[]): number {
  return masteryOf(newestFirst, 0, Math.min(newestFirst.length, MASTERY_WINDOW));
}

/**
 * The highest mastery the learner reached within these outcomes (newest first): the mastery as it
 * stood after each of them, counting only the answers up to that one. An approximation, since
 * answers older than the window are gone, that can only err low. (Loops over the outcomes in
 * place: a teacher's mastery grid computes this for every learner and concept of a class.)
 */
export function peakMasteryFromOutcomes(newestFirst: readonly boolean[]): number {
  const kept = Math.min(newestFirst.length, MASTERY_WINDOW);
  let peak = 0;
  for (let age = 0; age < kept; age++) peak = Math.max(peak, masteryOf(newestFirst, age, kept));
  return peak;
}

/** The newest outcomes as bits, as the rollup keeps them: bit k is the answer k places before the newest. */
export interface OutcomeBits {
  bits: number;
  count: number;
}

/** Mastery of outcomes kept as bits (the rollup's recentBits and recentCount). */
export function masteryFromBits(outcomes: OutcomeBits): number {
  return masteryFromOutcomes(outcomesFromBits(outcomes));
}

/** The outcomes kept as bits, newest first. */
export function outcomesFromBits({ bits, count }: OutcomeBits): boolean[] {
  return Array.from({ length: Math.min(count, MASTERY_WINDOW) }, (_, age) => ((bits >> age) & 1) === 1);
}

/** One new outcome added to the bits: what the rollup's SQL upsert does, in TypeScript. */
export function pushOutcome({ bits, count }: OutcomeBits, correct: boolean): OutcomeBits {
  return { bits: ((bits << 1) | (correct ? 1 : 0)) & (2 ** MASTERY_WINDOW - 1), count: Math.min(count + 1, MASTERY_WINDOW) };
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
  return CONCEPT_IDS.map((concept) => rows.find((row) => row.concept === concept) ?? { concept, attempts: 0, correct: 0, mastery: 0, lastPracticedAt: null });
}

/** Mastery per concept from a guest's session answers (oldest first, as the browser keeps them). */
export function masteryFromHistory(history: readonly { concept: string; correct: boolean }[]): ConceptMastery[] {
  return CONCEPT_IDS.map((concept): ConceptMastery => {
    const outcomes = history.filter((h) => h.concept === concept).map((h) => h.correct);
    return {
      concept,
      attempts: outcomes.length,
      correct: outcomes.filter(Boolean).length,
      mastery: masteryFromOutcomes(outcomes.slice().reverse()),
      peak: peakMasteryFromOutcomes(outcomes.slice().reverse()),
      lastPracticedAt: null,
    };
  });
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
