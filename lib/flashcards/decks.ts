import { CONCEPTS } from "../questions/concepts";
import { CONCEPT_IDS } from "../questions/types";
import { CONCEPT_CARDS, renderConceptCard, type ConceptCardSpec } from "./concept-cards";
import { ENGINE_CARDS, drawEngineCard, renderEngineCard, type EngineCardSpec } from "./engine";
import type { CardId, CardKind, CardView, ConceptId, Locale, Localized } from "./types";

/**
 * Decks: one per concept of lib/questions, in teaching order, each holding that concept's engine
 * cards and concept cards. New cards are introduced deck by deck in this order.
 */
export interface CardEntry {
  id: CardId;
  kind: CardKind;
  concept: ConceptId;
}

export interface Deck {
  concept: ConceptId;
  name: Localized;
  summary: Localized;
  cards: readonly CardEntry[];
}

const engineId = (spec: EngineCardSpec): CardId => `engine:${spec.slug}`;
const conceptId = (spec: ConceptCardSpec): CardId => `concept:${spec.slug}`;

const ENGINE_BY_ID = new Map(ENGINE_CARDS.map((spec) => [engineId(spec), spec]));
const CONCEPT_BY_ID = new Map(CONCEPT_CARDS.map((spec) => [conceptId(spec), spec]));

/** The concept cards of a deck first (the why), then its engine situations. */
export const DECKS: readonly Deck[] = CONCEPTS.map((concept) => ({
  concept: concept.id,
  name: concept.name,
  summary: concept.summary,
  cards: [
    ...CONCEPT_CARDS.filter((c) => c.concept === concept.id).map((c): CardEntry => ({ id: conceptId(c), kind: "concept", concept: c.concept })),
    ...ENGINE_CARDS.filter((c) => c.concept === concept.id).map((c): CardEntry => ({ id: engineId(c), kind: "engine", concept: c.concept })),
  ],
}));

/** Every card, deck by deck: the order new cards come in. */
export const ALL_CARDS: readonly CardEntry[] = DECKS.flatMap((deck) => deck.cards);
export const ALL_CARD_IDS: readonly CardId[] = ALL_CARDS.map((card) => card.id);

const ENTRY_BY_ID = new Map(ALL_CARDS.map((card) => [card.id, card]));

export const isCardId = (id: string): boolean => ENTRY_BY_ID.has(id);
export const cardEntry = (id: string): CardEntry | undefined => ENTRY_BY_ID.get(id);

export function isDeckId(id: string): id is ConceptId {
  return (CONCEPT_IDS as readonly string[]).includes(id);
}

export function deckById(id: ConceptId): Deck {
  const deck = DECKS.find((d) => d.concept === id);
  if (!deck) throw new Error(`unknown deck ${id}`);
  return deck;
}

/** The card ids of one deck, or of all decks. */
export const deckCardIds = (deck: ConceptId | null): readonly CardId[] => (deck ? deckById(deck).cards.map((c) => c.id) : ALL_CARD_IDS);

/**
 * A card as the learner sees it, in one language. An engine card is drawn from `seed` (its numbers
 * change with it); a concept card ignores the seed. Null for an unknown id.
 */
export function renderCard(id: CardId, seed: number, locale: Locale): CardView | null {
  const engine = ENGINE_BY_ID.get(id);
  if (engine) return renderEngineCard(drawEngineCard(engine, seed), locale);
  const concept = CONCEPT_BY_ID.get(id);
  return concept ? renderConceptCard(concept, locale) : null;
}
