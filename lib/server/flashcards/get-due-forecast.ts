import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { canonicalTimeZone, localDates } from "@/lib/flashcards/time-zone";
import { db } from "../db";
import type { DueForecastDto } from "@/lib/flashcards/dto";
import { getFlashcardSettings } from "./settings";

export const FORECAST_MAX_DAYS = 60;

/**
 * The review workload ahead: how many of the learner's cards come due on each of the next `days`
 * local days (today first), grouped by day in SQL in the learner's time zone (or `timeZone` when
 * given), plus those overdue from before today. New cards are not counted: they have no due date;
 * nor are suspended ones (buried ones are: they come back tomorrow).
 */
export async function getDueForecast(options: { userId: string; days: number; timeZone?: string; now?: Date }): Promise<DueForecastDto> {
  const { userId } = options;
  const now = options.now ?? new Date();
  const days = Math.min(Math.max(1, Math.floor(options.days)), FORECAST_MAX_DAYS);
  const timeZone = (options.timeZone && canonicalTimeZone(options.timeZone)) || (await getFlashcardSettings(userId)).timeZone;
  const dates = localDates(now, timeZone, days);
  const last = dates[dates.length - 1]!;
  const rows = await db.$queryRaw<{ day: string; due: number }[]>`
      SELECT to_char((("due" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS "day",
             count(*)::int AS "due"
      FROM "FlashcardState"
      WHERE "userId" = ${userId}
        AND "cardId" = ANY(${[...ALL_CARD_IDS]}::text[])
        AND NOT EXISTS (SELECT 1 FROM "FlashcardHold" h WHERE h."userId" = ${userId} AND h."cardId" = "FlashcardState"."cardId" AND h."suspended")
        AND (("due" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date <= ${last}::date
      GROUP BY 1
      ORDER BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, Number(r.due)]));
  const today = dates[0]!;
  const overdue = rows.filter((r) => r.day < today).reduce((n, r) => n + Number(r.due), 0);
  return { timeZone, overdue, days: dates.map((date) => ({ date, due: byDay.get(date) ?? 0 })) };
}
