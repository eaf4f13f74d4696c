import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { Rating, State } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import type { RetentionFigure, ReviewStatsDto } from "@/lib/flashcards/dto";
import { countNewCardsToday } from "./get-review-session";
import { getFlashcardSettings, type FlashcardSettingsDto } from "./settings";
import { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60_000;
export const RETENTION_WINDOWS = [7, 30] as const;

/**
 * The learner's review figures: cards by state, due now, new cards left today, and retention over
 * the last 7 and 30 days, the share of reviews recalled (rated anything but Again). Three
 * statements: the states with their due counts, the reviews of the longest window counted per
 * window, and today's new cards (`settings` when the caller has read them, else a fourth).
 */
export async function getReviewStats(userId: string, options: { now?: Date; settings?: FlashcardSettingsDto } = {}): Promise<ReviewStatsDto> {
  const now = options.now ?? new Date();
  const settings = options.settings ?? (await getFlashcardSettings(userId));
  const ids = [...ALL_CARD_IDS];
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const longest = since(Math.max(...RETENTION_WINDOWS));
  // Per window: its reviews, then those recalled.
  const columns = RETENTION_WINDOWS.map(
    (days) =>
      Prisma.sql`(count(*) FILTER (WHERE "reviewedAt" > ${since(days)}))::int, (count(*) FILTER (WHERE "reviewedAt" > ${since(days)} AND "rating" > ${Rating.Again}))::int`,
  );
  const [byState, windows, introduced] = await Promise.all([
    db.$queryRaw<{ state: number; cards: number; due: number }[]>`
      SELECT "state", count(*)::int AS "cards", (count(*) FILTER (WHERE "due" <= ${now}))::int AS "due"
      FROM "FlashcardState"
      WHERE "userId" = ${userId} AND "cardId" = ANY(${ids}::text[])
      GROUP BY "state"`,
    db.$queryRaw<{ counts: number[] }[]>`
      SELECT ARRAY[${Prisma.join(columns)}] AS "counts"
      FROM "FlashcardReview"
      WHERE "userId" = ${userId} AND "reviewedAt" > ${longest} AND "reviewedAt" <= ${now}`,
    countNewCardsToday(userId, settings, now),
  ]);
  const counts = windows[0]?.counts ?? [];
  const retention = RETENTION_WINDOWS.map((days, k): RetentionFigure => {
    const reviews = counts[2 * k] ?? 0;
    const recalled = counts[2 * k + 1] ?? 0;
    return { days, reviews, recalled, rate: reviews === 0 ? null : recalled / reviews };
  });
  const count = (state: State) => byState.find((g) => g.state === state)?.cards ?? 0;
  const seenCards = byState.reduce((n, g) => n + g.cards, 0);
  const unseen = ids.length - seenCards;
  return {
    totalCards: ids.length,
    seenCards,
    dueNow: byState.reduce((n, g) => n + g.due, 0),
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
