/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 section 3.4: "all arithmetic dealing with
 * sequence numbers must be performed modulo 2**32"). Numbers are kept as unsigned 32-bit values
 * in ordinary JS numbers; comparisons use the signed 32-bit difference, so 4294967295 < 0 when
 * the space wraps.
 */

export const SEQ_SPACE = 2 ** 32;

export const seqAdd = (a: number, n: number): number => (a + n) >>> 0;

/** a - b as a signed 32-bit distance. */
export const seqDiff = (a: number, b: number): number => (a - b) | 0;

export const seqLt = (a: number, b: number): boolean => seqDiff(a, b) < 0;
export const seqLe = (a: number, b: number): boolean => seqDiff(a, b) <= 0;
export const seqGt = (a: number, b: number): boolean => seqDiff(a, b) > 0;
export const seqGe = (a: number, b: number): boolean => seqDiff(a, b) >= 0;

/** lo <= x < hi in sequence space. */
export const seqInWindow = (x: number, lo: number, hi: number): boolean => seqLe(lo, x) && seqLt(x, hi);
