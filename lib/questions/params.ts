import { SEQ_SPACE, type Side } from "../tcp";
import type { Rng } from "./random";
import type { Difficulty } from "./types";

/**
 * The numbers a seed varies, by difficulty (see Difficulty in types.ts):
 * 1: round ISNs under 10000, textbook MSLs, round data sizes;
 * 2: any ISN below 2^31, other MSLs, odd data sizes;
 * 3: ISNs within a few thousand of 2^32, so x + 1 or v + data wraps around to small numbers.
 */
export function pickIsn(rng: Rng, difficulty: Difficulty): number {
  if (difficulty === 1) return rng.int(1, 99) * 100;
  if (difficulty === 2) return rng.int(10_000, 2 ** 31 - 1);
  return SEQ_SPACE - rng.int(1, 3000);
}

/** Two different ISNs (the same ISN on both sides would make some distractors equal to the key). */
export function pickIsns(rng: Rng, difficulty: Difficulty): Record<Side, number> {
  const A = pickIsn(rng, difficulty);
  let B = pickIsn(rng, difficulty);
  while (B === A) B = pickIsn(rng, difficulty);
  return { A, B };
}

/** MSL in seconds: RFC 9293 says 2 minutes; stacks use 30 s, 60 s and others. */
export function pickMsl(rng: Rng, difficulty: Difficulty): number {
  return difficulty === 1 ? rng.pick([30, 60, 120]) : rng.pick([15, 20, 30, 45, 60, 90, 120]);
}

export function pickBytes(rng: Rng, difficulty: Difficulty): number {
  return difficulty === 1 ? rng.int(1, 5) * 100 : rng.int(1, 1460);
}

/** Initial retransmission timeout in seconds (RFC 6298 says 1 s). */
export function pickRto(rng: Rng, difficulty: Difficulty): number {
  return difficulty === 1 ? 1 : rng.pick([1, 2, 3]);
}

/** Which side plays the client (active opener); the other is the server. */
export function pickClient(rng: Rng): Side {
  return rng.chance(0.5) ? "A" : "B";
}

/** At level 3, half the time puts `side`'s ISN at 2^32 - 1 so that the ISN + 1 of its SYN wraps to 0. */
export function pickIsnsWrapping(rng: Rng, difficulty: Difficulty, side: Side): Record<Side, number> {
  const isns = pickIsns(rng, difficulty);
  if (difficulty === 3 && rng.chance(0.5)) isns[side] = SEQ_SPACE - 1;
  return isns;
}

/**
 * The asked point of a template (which step, which side, which case) taken in turn by seed, so
 * that any run of consecutive seeds (a class's assignment) spreads its keys evenly instead of
 * leaving them to chance. `stride` picks a second, independent dimension: rotate(seed, xs, n)
 * uses floor(seed / n), where n is the length of the first rotated list.
 */
export function rotate<T>(seed: number, items: readonly T[], stride = 1): T {
  if (items.length === 0) throw new Error("rotate over an empty list");
  return items[Math.floor(seed / stride) % items.length]!;
}
