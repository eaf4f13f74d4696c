import { seqAdd, SEQ_SPACE } from "../tcp";
import { asNumber } from "./inputs";
import type { KnownMisconception } from "./misconceptions";
import type { Distractor } from "./types";

/** Number distractors from engine values; `value` may be computed without wrapping (the no-wraparound mistake). */
export function numberDistractors(list: readonly (readonly [number, KnownMisconception])[]): Distractor[] {
  return list.map(([value, misconception]) => ({ response: asNumber(value), misconception }));
}

/**
 * `base + n` as sequence arithmetic, with the wrong answer of a learner who forgets that it
 * wraps modulo 2^32 (only when it does wrap).
 */
export function wrapMistake(base: number, n: number): Distractor[] {
  const unwrapped = base + n;
  return unwrapped >= SEQ_SPACE && seqAdd(base, n) !== unwrapped ? numberDistractors([[unwrapped, "no-wraparound"]]) : [];
}
