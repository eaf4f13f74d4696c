/** The seeded generator lives in the content toolkit (lib/content/random.ts), shared with the flashcards. */
export { hashString, mulberry32, type Rng } from "../content/random";
