/**
 * The parameter pickers live in the content toolkit (lib/content/pickers.ts), shared with the
 * flashcards; a question's spread is its difficulty (see Difficulty in types.ts).
 */
export { pickBytes, pickIsn, pickIsns, pickIsnsWrapping, pickMsl, pickRto, pickSide as pickClient, rotate } from "../content/pickers";
