// Adaptive practice's policy: which concept comes next, and why (issue 17).
//
// The concepts are a path in teaching order (CONCEPT_IDS: handshake states before numbers, the
// close before TIME-WAIT...). A learner works on the first concept they have not passed, and moves
// on once its mastery reaches PASS_MASTERY: three right answers in a row from nothing is 0.709.
// A concept passed before (its peak within the window reached the mark) whose mastery has since
// fallen below it is "missed": every REVIEW_EVERY-th question goes back to the weakest missed one,
// so review is interleaved with new material instead of sending the learner back down the path.
// Pure: the same masteries give the same choice, so the tests state it with real numbers.
import { CONCEPT_IDS, type ConceptId } from "@/lib/questions";
import type { ConceptMastery } from "./mastery";

/** The mastery at which a concept counts as passed and the path moves on. */
export const PASS_MASTERY = 0.7;
/** One question in this many is review of a missed concept, when there is one. */
export const REVIEW_EVERY = 3;

export type PathReason =
  /** Nothing answered yet: the path starts at its first concept. */
  | { code: "start"; concept: ConceptId }
  /** The first concept not yet passed; `previous` is the passed concept just before it, if any. */
  | { code: "path"; concept: ConceptId; mastery: number; previous: ConceptId | null }
  /** A concept passed before and missed since (its mastery fell from `peak`). */
  | { code: "review"; concept: ConceptId; mastery: number; peak: number }
  /** Every concept passed and none missed: the weakest one, to keep it sharp. */
  | { code: "polish"; concept: ConceptId; mastery: number };

const order = (concept: ConceptId) => CONCEPT_IDS.indexOf(concept);
const peakOf = (m: ConceptMastery) => Math.max(m.peak ?? m.mastery, m.mastery);
export const isPassed = (m: ConceptMastery) => peakOf(m) >= PASS_MASTERY;
export const isMissed = (m: ConceptMastery) => isPassed(m) && m.mastery < PASS_MASTERY;

/**
 * The next concept of adaptive practice among `among` (the practisable ones), with the reason to
 * show. The question count so far (all answers in all concepts) decides whose turn it is: every
 * REVIEW_EVERY-th answer is followed by review when something was missed. Null when `among` is empty.
 */
export function chooseOnPath(masteries: readonly ConceptMastery[], among: readonly ConceptId[]): PathReason | null {
  const rows = among
    .map((concept) => masteries.find((m) => m.concept === concept) ?? { concept, attempts: 0, correct: 0, mastery: 0, lastPracticedAt: null })
    .sort((a, b) => order(a.concept) - order(b.concept));
  if (rows.length === 0) return null;
  const answered = masteries.reduce((sum, m) => sum + m.attempts, 0);
  if (answered === 0) return { code: "start", concept: rows[0]!.concept };

  const missed = rows.filter(isMissed).sort((a, b) => a.mastery - b.mastery || order(a.concept) - order(b.concept));
  const frontierIndex = rows.findIndex((m) => !isPassed(m));
  const reviewTurn = answered % REVIEW_EVERY === REVIEW_EVERY - 1;
  const review = missed[0];
  if (review && (reviewTurn || frontierIndex < 0)) return { code: "review", concept: review.concept, mastery: review.mastery, peak: peakOf(review) };

  if (frontierIndex >= 0) {
    const frontier = rows[frontierIndex]!;
    const before = rows[frontierIndex - 1];
    return { code: "path", concept: frontier.concept, mastery: frontier.mastery, previous: before ? before.concept : null };
  }
  const weakest = rows.slice().sort((a, b) => a.mastery - b.mastery || order(a.concept) - order(b.concept))[0]!;
  return { code: "polish", concept: weakest.concept, mastery: weakest.mastery };
}
