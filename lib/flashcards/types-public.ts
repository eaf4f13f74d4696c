// What a browser needs about flashcards, without pulling the engine or ts-fsrs into its bundle.
export type { CardView, EngineCardView, ConceptCardView, SegmentView, CardId, ConceptId, Locale, RatingName } from "./types";
export { RATING_NAMES } from "./types";
