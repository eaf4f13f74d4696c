// Join codes: short, easy to read aloud and to type. The alphabet leaves out look-alikes
// (0/O, 1/I/L) so a code copied from a projector is unambiguous; 8 characters from 31 give
// 31^8 ≈ 8.5e11 codes, so guessing one is hopeless and collisions are rare (and retried).
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A code from random integers (each in [0, alphabet length)); the caller draws them with crypto. */
export function joinCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== JOIN_CODE_LENGTH) throw new Error(`a join code has ${JOIN_CODE_LENGTH} characters`);
  return randomIndexes.map((i) => JOIN_CODE_ALPHABET[i % JOIN_CODE_ALPHABET.length]).join("");
}

/** What a student typed, as stored: upper case, without spaces or dashes. Null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABCD-EFGH": easier to read than eight letters in a row. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
