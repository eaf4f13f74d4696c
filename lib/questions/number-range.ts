// Whether a number answers a number question's range: pure, and free of zod, because the answer
// form in the browser checks it as the learner types (components/practice/answer-draft.ts), and
// importing it from response-schema.ts shipped zod's 31 kB (gzip) to the practice page with it.

/** Within the decimals the range allows (none: a whole number). */
export function hasAllowedDecimals(value: number, decimals = 0): boolean {
  if (decimals === 0) return Number.isSafeInteger(value);
  const scaled = value * 10 ** decimals;
  return Number.isFinite(value) && Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Inside the range the question declares, with no more decimals than it allows (a question without one takes any safe integer). */
export function inRange(value: number, range: { min: number; max: number; decimals?: number } | undefined): boolean {
  return hasAllowedDecimals(value, range?.decimals) && (!range || (value >= range.min && value <= range.max));
}
