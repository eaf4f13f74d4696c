/**
 * The mastery scale: 0 red, 0.5 amber, 1 green, linear in between. Mid-tone colours, so a line
 * in any of them stands out on a light and a dark background alike.
 */
const STOPS: readonly [number, readonly [number, number, number]][] = [
  [0, [220, 38, 38]],
  [0.5, [217, 119, 6]],
  [1, [22, 163, 74]],
];

const hex = (n: number) => Math.round(n).toString(16).padStart(2, "0");

/** The colour of a score in 0..1 (clamped), or null when there is no data. */
export function scoreColor(score: number | null | undefined): string | null {
  if (score === null || score === undefined || Number.isNaN(score)) return null;
  const s = Math.min(1, Math.max(0, score));
  const upper = STOPS.findIndex(([at]) => at >= s);
  const [hiAt, hi] = STOPS[Math.max(upper, 1)]!;
  const [loAt, lo] = STOPS[Math.max(upper, 1) - 1]!;
  const f = (s - loAt) / (hiAt - loAt);
  return `#${lo.map((c, k) => hex(c + (hi[k]! - c) * f)).join("")}`;
}

/** "72%": the score as people read it. */
export const formatScore = (score: number): string => `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
