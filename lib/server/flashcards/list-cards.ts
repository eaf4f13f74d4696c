// The card browser (/flashcards/browse): every card with the learner's state of it, searched and
// filtered on the server: two small queries (states and holds) whatever the filter.
import "server-only";
import { ALL_CARDS, deckById, renderCard } from "@/lib/flashcards/decks";
import { State } from "@/lib/flashcards/scheduler";
import type { CardView, ConceptId, Locale } from "@/lib/flashcards/types";
import type { CardFilter } from "@/lib/schemas/flashcards";
import { db } from "../db";
import { loadCardHolds } from "./holds";

export interface BrowsedCardDto {
  id: string;
  deck: ConceptId;
  deckName: string;
  /** The front as one line (an engine card's numbers are those of seed 0). */
  front: string;
  /** The back, shortened. */
  back: string;
  state: "new" | "learning" | "review";
  /** When it is next due (ISO), for a card that has been rated. */
  due: string | null;
  isDue: boolean;
  suspended: boolean;
  buriedUntil: string | null;
}

function faces(card: CardView): { front: string; back: string } {
  if (card.kind === "concept") return { front: card.question, back: card.answer.join(" ") };
  return { front: [card.situation, card.event, card.prompt].join(" "), back: [card.result.stateLine, card.result.sentLine, card.rule].join(" ") };
}

const normalise = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, " ");

/** The learner's cards matching the search (in either face, the reader's language), the deck and the state filter. */
export async function listCards(options: {
  userId: string;
  locale: Locale;
  query?: string;
  deck?: ConceptId | null;
  filter?: CardFilter;
  now?: Date;
}): Promise<BrowsedCardDto[]> {
  const { userId, locale, query = "", deck = null, filter = "all", now = new Date() } = options;
  const [states, holds] = await Promise.all([
    db.flashcardState.findMany({ where: { userId }, select: { cardId: true, due: true, state: true } }),
    loadCardHolds(userId, now),
  ]);
  const stateById = new Map(states.map((s) => [s.cardId, s]));
  const needle = normalise(query.trim());
  const out: BrowsedCardDto[] = [];
  for (const entry of ALL_CARDS) {
    if (deck && entry.concept !== deck) continue;
    const row = stateById.get(entry.id);
    const hold = holds.get(entry.id);
    const state = !row ? "new" : row.state === State.Review ? "review" : row.state === State.New ? "new" : "learning";
    const isDue = !!row && row.due.getTime() <= now.getTime();
    const matchesFilter =
      filter === "all" ||
      (filter === "suspended" && !!hold?.suspended) ||
      (filter === "buried" && !!hold?.buriedUntil) ||
      (filter === "due" && isDue && !hold) ||
      filter === state;
    if (!matchesFilter) continue;
    const card = renderCard(entry.id, 0, locale);
    if (!card) continue;
    const { front, back } = faces(card);
    if (needle && !normalise(`${front} ${back}`).includes(needle)) continue;
    out.push({
      id: entry.id,
      deck: entry.concept,
      deckName: deckById(entry.concept).name[locale],
      front,
      back: back.length > 220 ? `${back.slice(0, 217)}…` : back,
      state,
      due: row ? row.due.toISOString() : null,
      isDue,
      suspended: hold?.suspended ?? false,
      buriedUntil: hold?.buriedUntil ? hold.buriedUntil.toISOString() : null,
    });
  }
  return out;
}
