// Flashcard choices and limits, without zod: client components (the settings form) import this
// file, and importing lib/schemas/flashcards.ts instead would ship zod (about 31 kB gzip) to the
// browser with them. lib/schemas/flashcards.ts builds its schemas from these and re-exports them.

export const RATING_VALUES = ["again", "hard", "good", "easy"] as const;
export const NEW_CARDS_PER_DAY_MAX = 200;
/** Seeds fit a 32-bit integer column. */
export const SEED_MAX = 2 ** 31 - 1;
