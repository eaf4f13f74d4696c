// Suspend and bury (Anki's basics): a card taken out of review without touching its FSRS state.
// Suspended cards never come up until unsuspended; buried ones come back at the start of the
// learner's next day (their time zone, as "today" everywhere in flashcards).
import "server-only";
import { isCardId } from "@/lib/flashcards/decks";
import { addDays, dayInTimeZone, startOfDayInstant } from "@/lib/progress/dates";
import { db } from "../db";
import { AppError } from "../errors";
import { getFlashcardSettings } from "./settings";

export type HoldAction = "suspend" | "unsuspend" | "bury" | "unbury";

export interface CardHold {
  suspended: boolean;
  /** Set while buried (in the future). */
  buriedUntil: Date | null;
}

/** The learner's held cards right now: suspended, or buried until later than `now`. */
export async function loadCardHolds(userId: string, now: Date = new Date()): Promise<Map<string, CardHold>> {
  const rows = await db.flashcardHold.findMany({
    where: { userId, OR: [{ suspended: true }, { buriedUntil: { gt: now } }] },
    select: { cardId: true, suspended: true, buriedUntil: true },
  });
  return new Map(rows.map((r) => [r.cardId, { suspended: r.suspended, buriedUntil: r.buriedUntil && r.buriedUntil > now ? r.buriedUntil : null }]));
}

/** The ids of the cards a review must skip now. */
export async function loadHeldCardIds(userId: string, now: Date = new Date()): Promise<Set<string>> {
  return new Set((await loadCardHolds(userId, now)).keys());
}

/** The start of the day after `now` in the time zone: when a card buried now comes back. */
export function startOfTomorrow(now: Date, timeZone: string): Date {
  return new Date(startOfDayInstant(addDays(dayInTimeZone(now, timeZone), 1), timeZone));
}

/** Suspends, unsuspends, buries or unburies one of the learner's cards; the card's review state stays as it is. */
export async function holdCard(options: { userId: string; cardId: string; action: HoldAction; now?: Date }): Promise<CardHold> {
  const { userId, cardId, action, now = new Date() } = options;
  if (!isCardId(cardId)) throw new AppError("NOT_FOUND", { messageKey: "flashcards.unknownCard" });
  const change =
    action === "suspend"
      ? { suspended: true }
      : action === "unsuspend"
        ? { suspended: false }
        : action === "bury"
          ? { buriedUntil: startOfTomorrow(now, (await getFlashcardSettings(userId)).timeZone) }
          : { buriedUntil: null };
  const row = await db.flashcardHold.upsert({
    where: { userId_cardId: { userId, cardId } },
    create: { userId, cardId, ...change },
    update: change,
    select: { suspended: true, buriedUntil: true },
  });
  return { suspended: row.suspended, buriedUntil: row.buriedUntil && row.buriedUntil > now ? row.buriedUntil : null };
}
