import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { db } from "../db";
import { countNewCardsToday } from "./get-review-session";
import { getFlashcardSettings } from "./settings";
import { loadHeldCardIds } from "./holds";

/**
 * What the navigation badge shows: the learner's cards due now plus the new cards still allowed
 * today, over all decks (what a review session would go through right now), suspended and buried cards left out.
 */
export async function getDueCount(userId: string, now: Date = new Date()): Promise<{ due: number; new: number; total: number }> {
  const [settings, held] = await Promise.all([getFlashcardSettings(userId), loadHeldCardIds(userId, now)]);
  const ids = ALL_CARD_IDS.filter((id) => !held.has(id));
  const [due, seen, introduced] = await Promise.all([
    db.flashcardState.count({ where: { userId, cardId: { in: ids }, due: { lte: now } } }),
    db.flashcardState.count({ where: { userId, cardId: { in: ids } } }),
    countNewCardsToday(userId, settings, now),
  ]);
  const fresh = Math.min(Math.max(0, settings.newCardsPerDay - introduced), ids.length - seen);
  return { due, new: fresh, total: due + fresh };
}
