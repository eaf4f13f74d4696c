/** The localized-text helpers live in the content toolkit (lib/content/text.ts), shared with the flashcards. */
export { join, L, secs, sideWithRole } from "../content/text";
