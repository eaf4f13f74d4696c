import { SEQ_SPACE, type Side } from "../../tcp";
import type { Rng } from "../../questions/random";

/**
 * The numbers an engine card varies. A card should teach a rule, not a number, so each draw picks
 * new ISNs, sizes and timers: mostly round numbers that are easy to add up in the head, sometimes
 * large ones, and now and then ISNs just below 2^32 so that "+ 1" wraps around to 0.
 */
export function pickIsn(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.55) return rng.int(1, 99) * 100;
  if (roll < 0.9) return rng.int(1_000, 2 ** 31 - 1);
  return SEQ_SPACE - rng.int(1, 1500);
}

/** Two ISNs far enough apart that a reader never confuses one side's numbers with the other's. */
export function pickIsns(rng: Rng): Record<Side, number> {
  const A = pickIsn(rng);
  let B = pickIsn(rng);
  while (Math.abs(B - A) < 50) B = pickIsn(rng);
  return { A, B };
}

export function pickBytes(rng: Rng): number {
  return rng.chance(0.6) ? rng.int(1, 8) * 100 : rng.int(1, 1460);
}

/** MSL in seconds: RFC 9293 says 2 minutes; stacks use 30 s, 60 s and others. */
export const pickMsl = (rng: Rng): number => rng.pick([15, 30, 60, 120]);

/** Initial retransmission timeout in seconds (RFC 6298 says 1 s). */
export const pickRto = (rng: Rng): number => rng.pick([1, 1, 2, 3]);

export const pickSide = (rng: Rng): Side => (rng.chance(0.5) ? "A" : "B");
export const peerOf = (side: Side): Side => (side === "A" ? "B" : "A");
