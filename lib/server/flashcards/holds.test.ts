// Integration tests against the real PostgreSQL database: suspend and bury take cards out of the
// review session, the due counts and the forecast; the card browser's search and filters.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ALL_CARD_IDS, deckCardIds } from "@/lib/flashcards/decks";
import { newCardSnapshot, rateCard } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import { AppError } from "../errors";
import { columnsOf } from "./card-state";
import { getDeckSummaries } from "./get-deck-summaries";
import { getDueCount } from "./get-due-count";
import { getDueForecast } from "./get-due-forecast";
import { getReviewSession } from "./get-review-session";
import { holdCard, loadHeldCardIds, startOfTomorrow } from "./holds";
import { listCards } from "./list-cards";
import { saveFlashcardSettings } from "./settings";

const DAY = 86_400_000;
// 21:30 in Shanghai (UTC+8) on 4 May: tomorrow there begins at 16:00 UTC.
const now = new Date("2026-05-04T13:30:00.000Z");
const users: string[] = [];
let userId: string;

beforeEach(async () => {
  const user = await db.user.create({ data: { name: "Holds learner", email: `holds-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  users.push(user.id);
  userId = user.id;
  await saveFlashcardSettings(userId, { timeZone: "Asia/Shanghai", newCardsPerDay: 0 });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

const dueCard = "engine:established-receives-fin";
const otherDue = "concept:why-2msl";

async function seedDue(cardId: string) {
  let card = newCardSnapshot(new Date(now.getTime() - 40 * DAY));
  for (const days of [40, 39, 35, 20]) card = rateCard(card, "good", new Date(now.getTime() - days * DAY)).next;
  await db.flashcardState.create({ data: { userId, cardId, ...columnsOf({ ...card, due: new Date(now.getTime() - DAY) }), version: 4 } });
}

const session = (at = now) => getReviewSession({ userId, locale: "en", scope: { deck: null, ahead: false }, now: at });

describe("suspend", () => {
  it("keeps a due card out of the session, the counts and the forecast until unsuspended", async () => {
    await seedDue(dueCard);
    await seedDue(otherDue);
    expect((await getDueCount(userId, now)).due).toBe(2);

    await holdCard({ userId, cardId: dueCard, action: "suspend", now });
    expect((await getDueCount(userId, now)).due).toBe(1);
    expect((await session()).card?.card.id).toBe(otherDue);
    expect((await session()).counts.due).toBe(1);
    // A week later it is still out.
    expect((await getDueCount(userId, new Date(now.getTime() + 7 * DAY))).due).toBe(1);
    expect((await getDueForecast({ userId, days: 3, now })).overdue).toBe(1);
    const deck = (await getDeckSummaries(userId, "en", now)).find((d) => deckCardIds(d.concept).includes(dueCard))!;
    expect(deck.dueNow).toBe(deckCardIds(deck.concept).includes(otherDue) ? 1 : 0);

    await holdCard({ userId, cardId: dueCard, action: "unsuspend", now });
    expect((await getDueCount(userId, now)).due).toBe(2);
  });

  it("also holds back a new card, and refuses a card that does not exist", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 5 });
    const first = ALL_CARD_IDS[0]!;
    expect((await session()).card?.card.id).toBe(first);
    await holdCard({ userId, cardId: first, action: "suspend", now });
    expect((await session()).card?.card.id).toBe(ALL_CARD_IDS[1]);
    await expect(holdCard({ userId, cardId: "concept:no-such-card", action: "suspend", now })).rejects.toBeInstanceOf(AppError);
  });
});

describe("bury", () => {
  it("skips a card until the start of the learner's next day, then it is due again", async () => {
    expect(startOfTomorrow(now, "Asia/Shanghai").toISOString()).toBe("2026-05-04T16:00:00.000Z");
    await seedDue(dueCard);
    const hold = await holdCard({ userId, cardId: dueCard, action: "bury", now });
    expect(hold.buriedUntil?.toISOString()).toBe("2026-05-04T16:00:00.000Z");
    expect((await session()).card).toBeNull();
    expect((await session(new Date("2026-05-04T15:59:00.000Z"))).card).toBeNull();
    expect((await session(new Date("2026-05-04T16:00:01.000Z"))).card?.card.id).toBe(dueCard);
    // Buried cards still count in the forecast: they are due tomorrow.
    expect((await getDueForecast({ userId, days: 3, now })).overdue).toBe(1);

    await holdCard({ userId, cardId: dueCard, action: "unbury", now });
    expect((await loadHeldCardIds(userId, now)).size).toBe(0);
    expect((await session()).card?.card.id).toBe(dueCard);
  });
});

describe("the card browser", () => {
  it("lists every card, and filters by deck, state and search in the reader's language", async () => {
    await seedDue(dueCard);
    await holdCard({ userId, cardId: otherDue, action: "suspend", now });
    expect(await listCards({ userId, locale: "en", now })).toHaveLength(ALL_CARD_IDS.length);

    const due = await listCards({ userId, locale: "en", filter: "due", now });
    expect(due.map((c) => c.id)).toEqual([dueCard]);
    expect(due[0]).toMatchObject({ state: "review", isDue: true, suspended: false });

    const suspended = await listCards({ userId, locale: "zh", filter: "suspended", now });
    expect(suspended.map((c) => c.id)).toEqual([otherDue]);
    expect(suspended[0]!.deckName).toBe("TIME-WAIT 状态");

    const deck = await listCards({ userId, locale: "en", deck: "time-wait", now });
    expect(deck.map((c) => c.id).sort()).toEqual([...deckCardIds("time-wait")].sort());
    expect(deck.map((c) => c.id)).toContain(otherDue);

    const found = await listCards({ userId, locale: "en", query: "  2 MSL  ", now });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((c) => c.id)).toContain(otherDue);
    expect(found.length).toBeLessThan(ALL_CARD_IDS.length);
    expect(await listCards({ userId, locale: "en", query: "no card says this", now })).toEqual([]);
    expect((await listCards({ userId, locale: "en", filter: "new", now })).map((c) => c.id)).not.toContain(dueCard);
  });
});
