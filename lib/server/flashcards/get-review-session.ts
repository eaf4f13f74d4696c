import "server-only";
import { randomInt } from "node:crypto";
import { cardEntry, deckById, deckCardIds, isDeckId, renderCard } from "@/lib/flashcards/decks";
import { formatInterval } from "@/lib/flashcards/format";
import { newCardSnapshot, previewRatings, State, type CardSnapshot } from "@/lib/flashcards/scheduler";
import { startOfLocalDay } from "@/lib/flashcards/time-zone";
import { RATING_NAMES, type ConceptId, type Locale, type RatingName } from "@/lib/flashcards/types";
import type { FlashcardState } from "@/lib/generated/prisma/client";
import { SEED_MAX } from "@/lib/schemas/flashcards";
import { db } from "../db";
import { AppError } from "../errors";
import { LEARN_AHEAD_MS, snapshotOf, STUDY_AHEAD_MS, UNDO_WINDOW_MS } from "./card-state";
import type { ReviewCardDto, ReviewSessionDto } from "@/lib/flashcards/dto";
import { getFlashcardSettings, type FlashcardSettingsDto } from "./settings";
import { loadHeldCardIds } from "./holds";

export interface ReviewScope {
  deck: string | null;
  ahead: boolean;
}

/** A learner's stored card states for cards that still exist, oldest due first. */
async function loadStates(userId: string): Promise<FlashcardState[]> {
  const rows = await db.flashcardState.findMany({ where: { userId }, orderBy: [{ due: "asc" }, { cardId: "asc" }] });
  return rows.filter((row) => cardEntry(row.cardId) !== undefined);
}

/** The learner's stored card states (as loadStates) and the cards they hold back (suspended or buried). */
export interface LearnerCards {
  stored: FlashcardState[];
  held: Set<string>;
}

/**
 * Both reads at once, for a page that shows several views of the same cards (the flashcards home:
 * today's queue and the deck list), so that each reads them once: pass the promise to each view.
 */
export async function loadLearnerCards(userId: string, now: Date = new Date()): Promise<LearnerCards> {
  const [stored, held] = await Promise.all([loadStates(userId), loadHeldCardIds(userId, now)]);
  return { stored, held };
}

/** New cards the learner first rated today (in their time zone). */
export async function countNewCardsToday(userId: string, settings: FlashcardSettingsDto, now: Date): Promise<number> {
  const since = startOfLocalDay(now, settings.timeZone);
  return db.flashcardReview.count({ where: { userId, reviewedAt: { gte: since }, logState: State.New } });
}

/** Is there a rating recent enough to undo? */
async function hasUndoableRating(userId: string, now: Date): Promise<boolean> {
  const found = await db.flashcardReview.findFirst({ where: { userId, reviewedAt: { gte: new Date(now.getTime() - UNDO_WINDOW_MS) } }, select: { id: true } });
  return found !== null;
}

const deckOf = (scope: ReviewScope): ConceptId | null => {
  if (scope.deck === null) return null;
  if (!isDeckId(scope.deck)) throw new AppError("NOT_FOUND", { messageKey: "flashcards.unknownDeck" });
  return scope.deck;
};

function toCardDto(cardId: string, row: FlashcardState | undefined, seed: number, locale: Locale, now: Date): ReviewCardDto {
  const card = renderCard(cardId, seed, locale);
  if (!card) throw new AppError("NOT_FOUND", { messageKey: "flashcards.unknownCard" });
  const snapshot: CardSnapshot = row ? snapshotOf(row) : newCardSnapshot(now);
  const due = previewRatings(snapshot, now);
  const intervals = Object.fromEntries(RATING_NAMES.map((name) => [name, formatInterval(due[name].getTime() - now.getTime(), locale)])) as Record<
    RatingName,
    string
  >;
  return { card, deckName: deckById(card.concept).name[locale], version: row?.version ?? 0, seed, isNew: !row, intervals };
}

/** Where a learner's queue stands: what getReviewSession shows, before a card is drawn. */
export type ReviewQueue = Omit<ReviewSessionDto, "card"> & {
  /** The card to show next, if any (its seed null when a fresh one should be drawn). */
  next: { cardId: string; row: FlashcardState | undefined; seed: number | null } | null;
};

/**
 * The learner's queue right now: which card comes next (due cards first, then new cards within
 * today's limit, then learning cards a few minutes early, then, when studying ahead, cards due in
 * the coming week), the counts, and what the empty state needs. `show` puts a given card first
 * with a given seed (after an undo, the same card with the same numbers). Rendering the card is
 * getReviewSession's: the flashcards home needs only the counts and whether a card is waiting.
 */
export async function getReviewQueue(options: {
  userId: string;
  scope: ReviewScope;
  now?: Date;
  show?: { cardId: string; seed: number | null };
  /** The learner's settings when the caller has read them already. */
  settings?: FlashcardSettingsDto;
  /** The learner's cards when the caller reads them for other views too (loadLearnerCards). */
  cards?: Promise<LearnerCards>;
  /** False when the caller does not show the undo button: canUndo is then false, unread. */
  withUndo?: boolean;
}): Promise<ReviewQueue> {
  const { userId, scope } = options;
  const now = options.now ?? new Date();
  const deck = deckOf(scope);
  const settings = options.settings ?? (await getFlashcardSettings(userId));
  const [{ stored, held }, introducedToday, canUndo] = await Promise.all([
    options.cards ?? loadLearnerCards(userId, now),
    countNewCardsToday(userId, settings, now),
    options.withUndo === false ? false : hasUndoableRating(userId, now),
  ]);

  // Suspended and buried cards are out of the session altogether (holds.ts).
  const rows = stored.filter((r) => !held.has(r.cardId));
  const newAllowed = Math.max(0, settings.newCardsPerDay - introducedToday);
  const seen = new Set(stored.map((r) => r.cardId));
  const scopedIds = deckCardIds(deck).filter((id) => !held.has(id));
  const inScope = new Set(scopedIds);
  const scopedRows = rows.filter((r) => inScope.has(r.cardId));
  const isDue = (r: FlashcardState) => r.due.getTime() <= now.getTime();
  const unseenScoped = scopedIds.filter((id) => !seen.has(id));
  const unseenAll = deckCardIds(null).filter((id) => !seen.has(id) && !held.has(id));
  const counts = { due: scopedRows.filter(isDue).length, new: Math.min(newAllowed, unseenScoped.length) };
  const aheadRows = scopedRows.filter((r) => !isDue(r) && r.due.getTime() <= now.getTime() + STUDY_AHEAD_MS);

  const pick = (): ReviewQueue["next"] => {
    if (options.show && cardEntry(options.show.cardId)) {
      return { cardId: options.show.cardId, row: stored.find((r) => r.cardId === options.show!.cardId), seed: options.show.seed };
    }
    const due = scopedRows.find(isDue);
    if (due) return { cardId: due.cardId, row: due, seed: null };
    if (counts.new > 0) return { cardId: unseenScoped[0]!, row: undefined, seed: null };
    const learning = scopedRows.find((r) => (r.state === State.Learning || r.state === State.Relearning) && r.due.getTime() <= now.getTime() + LEARN_AHEAD_MS);
    if (learning) return { cardId: learning.cardId, row: learning, seed: null };
    if (scope.ahead && aheadRows[0]) return { cardId: aheadRows[0].cardId, row: aheadRows[0], seed: null };
    return null;
  };

  const upcoming = scopedRows.find((r) => !isDue(r));
  return {
    next: pick(),
    deck,
    ahead: scope.ahead,
    counts,
    dueTotal: rows.filter(isDue).length + Math.min(newAllowed, unseenAll.length),
    nextDueAt: upcoming ? upcoming.due.toISOString() : null,
    aheadAvailable: aheadRows.length,
    canUndo,
    shortcutsEnabled: settings.shortcutsEnabled,
    timeZone: settings.timeZone,
    generatedAt: now.toISOString(),
  };
}

/** The learner's review session right now: the queue (getReviewQueue) with its next card drawn. */
export async function getReviewSession(options: {
  userId: string;
  locale: Locale;
  scope: ReviewScope;
  now?: Date;
  show?: { cardId: string; seed: number | null };
}): Promise<ReviewSessionDto> {
  const now = options.now ?? new Date();
  const { next, ...queue } = await getReviewQueue({ ...options, now });
  return {
    card: next ? toCardDto(next.cardId, next.row, next.seed ?? randomInt(0, SEED_MAX + 1), options.locale, now) : null,
    ...queue,
  };
}
