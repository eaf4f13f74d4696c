import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { Rating, State } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import type { RetentionFigure, ReviewStatsDto } from "@/lib/flashcards/dto";
import { countNewCardsToday } from "./get-review-session";
import { getFlashcardSettings } from "./settings";

const DAY_MS = 24 * 60 * 60_000;
export const RETENTION_WINDOWS = [7, 30] as const;

/**
 * The learner's review figures: cards by state, due now, new cards left today, and retention over
 * the last 7 and 30 days, the share of reviews recalled (rated anything but Again).
 */
export async function getReviewStats(userId: string, now: Date = new Date()): Promise<ReviewStatsDto> {
  const settings = await getFlashcardSettings(userId);
  const ids = [...ALL_CARD_IDS];
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [byState, dueNow, introduced, retention] = await Promise.all([
    db.flashcardState.groupBy({ by: ["state"], where: { userId, cardId: { in: ids } }, _count: { _all: true } }),
    db.flashcardState.count({ where: { userId, cardId: { in: ids }, due: { lte: now } } }),
    countNewCardsToday(userId, settings, now),
    Promise.all(
      RETENTION_WINDOWS.map(async (days): Promise<RetentionFigure> => {
        const where = { userId, reviewedAt: { gt: since(days), lte: now } };
        const [reviews, recalled] = await Promise.all([
          db.flashcardReview.count({ where }),
          db.flashcardReview.count({ where: { ...where, rating: { gt: Rating.Again } } }),
        ]);
        return { days, reviews, recalled, rate: reviews === 0 ? null : recalled / reviews };
      }),
    ),
  ]);
  const count = (state: State) => byState.find((g) => g.state === state)?._count._all ?? 0;
  const seenCards = byState.reduce((n, g) => n + g._count._all, 0);
  const unseen = ids.length - seenCards;
  return {
    totalCards: ids.length,
    seenCards,
    dueNow,
    newAvailableToday: Math.min(Math.max(0, settings.newCardsPerDay - introduced), unseen),
    newCardsPerDay: settings.newCardsPerDay,
    // A row in state New can only exist if the catalogue's card was seen and reset; count it as new.
    byState: { new: unseen + count(State.New), learning: count(State.Learning), review: count(State.Review), relearning: count(State.Relearning) },
    retention,
  };
}

/** Ratings per local day, oldest first, for a calendar (the progress page). */
export async function getReviewsPerDay(userId: string, timeZone: string): Promise<{ date: string; reviews: number }[]> {
  const rows = await db.$queryRaw<{ day: string; reviews: number }[]>`
      SELECT to_char((("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS "day",
             count(*)::int AS "reviews"
      FROM "FlashcardReview"
      WHERE "userId" = ${userId}
      GROUP BY 1
      ORDER BY 1`;
  return rows.map((r) => ({ date: r.day, reviews: Number(r.reviews) }));
}
