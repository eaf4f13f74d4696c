/**
 * Flashcards: decks by concept, engine cards drawn from a seed and computed by the TCP engine,
 * concept cards in both languages, and the FSRS scheduling wrapper. Pure: no framework, database
 * or Node API, so it runs in tests, on the server and in the browser alike.
 *
 *   const view = renderCard("engine:established-receives-fin", seed, "zh");
 *   const { next, log } = rateCard(snapshot, "good", now);
 */
export * from "./types";
export { DECKS, ALL_CARDS, ALL_CARD_IDS, isCardId, isDeckId, cardEntry, deckById, deckCardIds, renderCard, type Deck, type CardEntry } from "./decks";
export { ENGINE_CARDS, MAX_SEED } from "./engine";
export { CONCEPT_CARDS } from "./concept-cards";
export { formatInterval, formatSegment, formatFlags } from "./format";
export {
  FSRS_PARAMETERS,
  scheduler,
  Rating,
  State,
  RATING_NAMES,
  GRADE_OF,
  NAME_OF_GRADE,
  toFsrsCard,
  fromFsrsCard,
  newCardSnapshot,
  rateCard,
  previewRatings,
  type RatingName,
  type CardSnapshot,
  type RatingOutcome,
  type Grade,
} from "./scheduler";
