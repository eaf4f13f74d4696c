import { SEQ_SPACE, type Side } from "../tcp";
import type { Rng } from "./random";

/**
 * The numbers generated content varies, for questions (by difficulty) and for flashcards ("mixed").
 * Questions: 1: round ISNs under 10000, textbook MSLs, round data sizes; 2: any ISN below 2^31,
 * other MSLs, odd data sizes; 3: ISNs within a few thousand of 2^32, so x + 1 or v + data wraps.
 * Flashcards teach a rule, not a number: mostly round numbers that add up in the head, sometimes
 * large ones, and now and then an ISN just below 2^32 so that "+ 1" wraps around to 0.
 */
export type Spread = 1 | 2 | 3 | "mixed";

export function pickIsn(rng: Rng, spread: Spread): number {
  if (spread === "mixed") {
    const roll = rng.next();
    if (roll < 0.55) return rng.int(1, 99) * 100;
    if (roll < 0.9) return rng.int(1_000, 2 ** 31 - 1);
    return SEQ_SPACE - rng.int(1, 1500);
  }
  if (spread === 1) return rng.int(1, 99) * 100;
  if (spread === 2) return rng.int(10_000, 2 ** 31 - 1);
  return SEQ_SPACE - rng.int(1, 3000);
}

/**
 * Two different ISNs (the same ISN on both sides would make some distractors equal to the key);
 * for flashcards at least 50 apart, so a reader never confuses one side's numbers with the other's.
 */
export function pickIsns(rng: Rng, spread: Spread): Record<Side, number> {
  const A = pickIsn(rng, spread);
  let B = pickIsn(rng, spread);
  const tooClose = (b: number) => (spread === "mixed" ? Math.abs(b - A) < 50 : b === A);
  while (tooClose(B)) B = pickIsn(rng, spread);
  return { A, B };
}

/** At level 3, half the time puts `side`'s ISN at 2^32 - 1 so that the ISN + 1 of its SYN wraps to 0. */
export function pickIsnsWrapping(rng: Rng, spread: Spread, side: Side): Record<Side, number> {
  const isns = pickIsns(rng, spread);
  if (spread === 3 && rng.chance(0.5)) isns[side] = SEQ_SPACE - 1;
  return isns;
}

/** MSL in seconds: RFC 9293 says 2 minutes; stacks use 30 s, 60 s and others. */
export function pickMsl(rng: Rng, spread: Spread): number {
  if (spread === "mixed") return rng.pick([15, 30, 60, 120]);
  return spread === 1 ? rng.pick([30, 60, 120]) : rng.pick([15, 20, 30, 45, 60, 90, 120]);
}

export function pickBytes(rng: Rng, spread: Spread): number {
  if (spread === "mixed") return rng.chance(0.6) ? rng.int(1, 8) * 100 : rng.int(1, 1460);
  return spread === 1 ? rng.int(1, 5) * 100 : rng.int(1, 1460);
}

/** Initial retransmission timeout in seconds (RFC 6298 says 1 s). */
export function pickRto(rng: Rng, spread: Spread): number {
  if (spread === "mixed") return rng.pick([1, 1, 2, 3]);
  return spread === 1 ? 1 : rng.pick([1, 2, 3]);
}

/** Either side, even odds (for a question, the client; the other is the server). */
export const pickSide = (rng: Rng): Side => (rng.chance(0.5) ? "A" : "B");

/**
 * The asked point of a question (which step, which side, which case) taken in turn by seed, so
 * that any run of consecutive seeds (a class's assignment) spreads its keys evenly instead of
 * leaving them to chance. `stride` picks a second, independent dimension: rotate(seed, xs, n)
 * uses floor(seed / n), where n is the length of the first rotated list.
 */
export function rotate<T>(seed: number, items: readonly T[], stride = 1): T {
  if (items.length === 0) throw new Error("rotate over an empty list");
  return items[Math.floor(seed / stride) % items.length]!;
}
