import "server-only";
import { DECKS } from "@/lib/flashcards/decks";
import type { Locale } from "@/lib/flashcards/types";
import { db } from "../db";
import type { DeckSummaryDto } from "@/lib/flashcards/dto";
import { loadHeldCardIds } from "./holds";
import type { LearnerCards } from "./get-review-session";

/**
 * Each deck with its size, the learner's unseen cards and cards due now (not counting suspended or
 * buried ones); from `cards` when the page has read them for its other views (loadLearnerCards).
 */
export async function getDeckSummaries(userId: string, locale: Locale, now: Date = new Date(), cards?: Promise<LearnerCards>): Promise<DeckSummaryDto[]> {
  const [rows, held] = cards
    ? await cards.then(({ stored, held }) => [stored, held] as const)
    : await Promise.all([db.flashcardState.findMany({ where: { userId }, select: { cardId: true, due: true } }), loadHeldCardIds(userId, now)]);
  const dueById = new Map(rows.map((r) => [r.cardId, r.due]));
  return DECKS.map((deck) => ({
    concept: deck.concept,
    name: deck.name[locale],
    summary: deck.summary[locale],
    total: deck.cards.length,
    unseen: deck.cards.filter((c) => !dueById.has(c.id)).length,
    dueNow: deck.cards.filter((c) => !held.has(c.id) && (dueById.get(c.id)?.getTime() ?? Infinity) <= now.getTime()).length,
  }));
}
