import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { State } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import { DEFAULT_FLASHCARD_SETTINGS } from "./settings";

interface DueCountRow {
  due: number;
  seen: number;
  open: number;
  introduced: number;
  perDay: number;
}

/**
 * What the navigation badge shows: the learner's cards due now plus the new cards still allowed
 * today, over all decks (what a review session would go through right now), suspended and buried
 * cards left out.
 *
 * One statement: the badge is on every signed-in page, and each Prisma query costs about a
 * millisecond of CPU of its own (issue 12). It reads what getFlashcardSettings, loadHeldCardIds
 * and countNewCardsToday read, the same way:
 * - the settings row, or DEFAULT_FLASHCARD_SETTINGS when the learner never changed any;
 * - held cards: suspended, or buried until later than now;
 * - "today" begins at startOfLocalDay (lib/flashcards/time-zone.ts) of now in the learner's time
 *   zone, computed as that function computes it (local midnight taken as UTC, less the zone's
 *   offset at that guess, and less the offset at that result: the earlier of the two that falls
 *   on the day), so that the badge and the review session agree on the day's new cards even on a
 *   day whose midnight a clock change skips.
 * Times go in as instants and become UTC timestamps in SQL, the way Prisma stores DateTime.
 */
export async function getDueCount(userId: string, now: Date = new Date()): Promise<{ due: number; new: number; total: number }> {
  const [row] = await db.$queryRaw<DueCountRow[]>`
      WITH params AS (
        SELECT ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC' AS "now",
               coalesce(s."newCardsPerDay", ${DEFAULT_FLASHCARD_SETTINGS.newCardsPerDay}::int) AS "perDay",
               coalesce(s."timeZone", ${DEFAULT_FLASHCARD_SETTINGS.timeZone}::text) AS "tz"
        FROM (SELECT 1) AS one
        LEFT JOIN "FlashcardSettings" s ON s."userId" = ${userId}
      ),
      midnight AS (
        SELECT p."tz", date_trunc('day', (p."now" AT TIME ZONE 'UTC') AT TIME ZONE p."tz") AS "m" FROM params p
      ),
      guess AS (
        SELECT "tz", "m", "m" - round(extract(epoch FROM (("m" AT TIME ZONE 'UTC') AT TIME ZONE "tz") - "m") / 60) * interval '1 minute' AS "g"
        FROM midnight
      ),
      candidates AS (
        SELECT "tz", "m", "g" AS "first",
               "m" - round(extract(epoch FROM (("g" AT TIME ZONE 'UTC') AT TIME ZONE "tz") - "g") / 60) * interval '1 minute' AS "second"
        FROM guess
      ),
      day AS (
        SELECT coalesce(
                 (SELECT min(v."start") FROM (VALUES (k."first"), (k."second")) AS v("start")
                  WHERE date_trunc('day', (v."start" AT TIME ZONE 'UTC') AT TIME ZONE k."tz") = k."m"),
                 k."second") AS "since"
        FROM candidates k
      ),
      open_cards AS (
        SELECT c."id"
        FROM unnest(${[...ALL_CARD_IDS]}::text[]) AS c("id")
        WHERE NOT EXISTS (
          SELECT 1 FROM "FlashcardHold" h, params p
          WHERE h."userId" = ${userId} AND h."cardId" = c."id" AND (h."suspended" OR h."buriedUntil" > p."now")
        )
      ),
      states AS (
        SELECT count(*) FILTER (WHERE s."due" <= p."now")::int AS "due", count(*)::int AS "seen"
        FROM "FlashcardState" s, params p
        WHERE s."userId" = ${userId} AND s."cardId" IN (SELECT "id" FROM open_cards)
      )
      SELECT states."due", states."seen",
             (SELECT count(*)::int FROM open_cards) AS "open",
             (SELECT count(*)::int FROM "FlashcardReview" r, day
              WHERE r."userId" = ${userId} AND r."reviewedAt" >= day."since" AND r."logState" = ${State.New}::int) AS "introduced",
             params."perDay"
      FROM states, params`;
  const { due, seen, open, introduced, perDay } = row!;
  const fresh = Math.min(Math.max(0, perDay - introduced), open - seen);
  return { due, new: fresh, total: due + fresh };
}
