// Integration tests against the real PostgreSQL database (a fresh, migrated one per run): rating,
// undo, the race of two ratings, the new-card limit, due counts, the forecast and retention.
import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ALL_CARD_IDS, deckCardIds } from "@/lib/flashcards/decks";
import { FSRS_PARAMETERS, newCardSnapshot, rateCard, State } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import { AppError } from "../errors";
import { columnsOf } from "./card-state";
import { getDueCount } from "./get-due-count";
import { getDueForecast } from "./get-due-forecast";
import { getDeckSummaries } from "./get-deck-summaries";
import { getReviewQueue, getReviewSession, loadLearnerCards } from "./get-review-session";
import { holdCard } from "./holds";
import { getReviewStats } from "./get-review-stats";
import { rateFlashcard } from "./rate-flashcard";
import { saveFlashcardSettings } from "./settings";
import { undoLastRating } from "./undo-last-rating";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date("2026-05-04T09:30:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const users: string[] = [];
let userId: string;

beforeEach(async () => {
  const user = await db.user.create({ data: { name: "Flashcard learner", email: `flashcards-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  users.push(user.id);
  userId = user.id;
});

afterAll(async () => {
  await db.flashcardReview.deleteMany({ where: { userId: { in: users } } });
  await db.flashcardState.deleteMany({ where: { userId: { in: users } } });
  await db.flashcardSettings.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

const engineCard = "engine:established-receives-fin";
const conceptCard = "concept:why-2msl";

async function stateOf(cardId: string, user = userId) {
  return db.flashcardState.findUnique({ where: { userId_cardId: { userId: user, cardId } } });
}

/** Stores a card in Review state due at `due`, as several good ratings would leave it. */
async function seedReviewCard(cardId: string, due: Date, user = userId) {
  let card = newCardSnapshot(at(-40 * DAY));
  for (const days of [40, 39, 35, 20]) card = rateCard(card, "good", at(-days * DAY)).next;
  await db.flashcardState.create({ data: { userId: user, cardId, ...columnsOf({ ...card, due }), version: 4 } });
}

async function expectAppError(promise: Promise<unknown>, code: string, messageKey?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
}

describe("rating", () => {
  it("stores what ts-fsrs computes for a new card and logs the rating", async () => {
    const result = await rateFlashcard({ userId, cardId: engineCard, rating: "good", version: 0, seed: 1234, now });
    const expected = fsrs(FSRS_PARAMETERS).next(createEmptyCard(now), now, Rating.Good);
    const row = await stateOf(engineCard);
    expect(row?.due).toEqual(expected.card.due);
    expect(row?.state).toBe(expected.card.state);
    expect(row?.stability).toBe(expected.card.stability);
    expect(row?.version).toBe(1);
    expect(result).toEqual({ due: expected.card.due, state: State.Learning, version: 1 });
    const logs = await db.flashcardReview.findMany({ where: { userId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      cardId: engineCard,
      rating: Rating.Good,
      seed: 1234,
      logState: State.New,
      prevDue: null,
      nextDue: expected.card.due,
      versionAfter: 1,
    });
  });

  it("follows ts-fsrs from a stored review card, for each rating", async () => {
    for (const [rating, grade] of [
      ["again", Rating.Again],
      ["hard", Rating.Hard],
      ["easy", Rating.Easy],
    ] as const) {
      const cardId = `concept:${rating === "again" ? "why-2msl" : rating === "hard" ? "half-close-allows" : "rst-vs-fin"}`;
      await seedReviewCard(cardId, at(-DAY));
      const before = (await stateOf(cardId))!;
      await rateFlashcard({ userId, cardId, rating, version: 4, seed: 0, now });
      const expected = fsrs(FSRS_PARAMETERS).next(
        {
          ...createEmptyCard(),
          ...columnsOf(before),
          elapsed_days: before.elapsedDays,
          scheduled_days: before.scheduledDays,
          learning_steps: before.learningSteps,
          last_review: before.lastReview ?? undefined,
        },
        now,
        grade,
      );
      expect((await stateOf(cardId))?.due).toEqual(expected.card.due);
    }
  });

  it("refuses a rating made from a stale view of the card", async () => {
    await rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 0, seed: 0, now });
    await expectAppError(
      rateFlashcard({ userId, cardId: conceptCard, rating: "easy", version: 0, seed: 0, now: at(MINUTE) }),
      "CONFLICT",
      "flashcards.alreadyRated",
    );
    expect((await stateOf(conceptCard))?.version).toBe(1);
    expect(await db.flashcardReview.count({ where: { userId } })).toBe(1);
  });

  it("counts two ratings of the same card sent at once only once", async () => {
    await seedReviewCard(engineCard, at(-DAY));
    const results = await Promise.allSettled([
      rateFlashcard({ userId, cardId: engineCard, rating: "good", version: 4, seed: 1, now }),
      rateFlashcard({ userId, cardId: engineCard, rating: "again", version: 4, seed: 2, now }),
      rateFlashcard({ userId, cardId: engineCard, rating: "easy", version: 4, seed: 3, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r.reason as AppError).code).toBe("CONFLICT");
    expect((await stateOf(engineCard))?.version).toBe(5);
    expect(await db.flashcardReview.count({ where: { userId } })).toBe(1);
  });

  it("two first ratings of a new card at once create one state", async () => {
    const results = await Promise.allSettled([0, 1].map((seed) => rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 0, seed, now })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.flashcardReview.count({ where: { userId } })).toBe(1);
  });

  it("refuses an unknown card", async () => {
    await expectAppError(rateFlashcard({ userId, cardId: "engine:no-such-card", rating: "good", version: 0, seed: 0, now }), "NOT_FOUND");
  });
});

describe("undo", () => {
  it("restores the previous state exactly, from the log", async () => {
    await seedReviewCard(engineCard, at(-DAY));
    const before = (await stateOf(engineCard))!;
    await rateFlashcard({ userId, cardId: engineCard, rating: "again", version: 4, seed: 77, now });
    expect((await stateOf(engineCard))?.lapses).toBe(before.lapses + 1);
    expect(await undoLastRating({ userId, now: at(MINUTE) })).toEqual({ cardId: engineCard, seed: 77 });
    const after = (await stateOf(engineCard))!;
    expect(columnsOf({ ...after, lastReview: after.lastReview })).toEqual(columnsOf(before));
    expect(after.version).toBe(6);
    expect(await db.flashcardReview.count({ where: { userId } })).toBe(0);
    // The view from before the undone rating is stale now.
    await expectAppError(rateFlashcard({ userId, cardId: engineCard, rating: "good", version: 4, seed: 0, now: at(2 * MINUTE) }), "CONFLICT");
    await rateFlashcard({ userId, cardId: engineCard, rating: "good", version: 6, seed: 0, now: at(2 * MINUTE) });
  });

  it("makes a card rated for the first time new again, and walks back rating by rating", async () => {
    await rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 0, seed: 0, now });
    await rateFlashcard({ userId, cardId: engineCard, rating: "hard", version: 0, seed: 9, now: at(MINUTE) });
    await rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 1, seed: 0, now: at(11 * MINUTE) });
    expect((await undoLastRating({ userId, now: at(12 * MINUTE) })).cardId).toBe(conceptCard);
    expect((await stateOf(conceptCard))?.reps).toBe(1);
    expect(await undoLastRating({ userId, now: at(12 * MINUTE) })).toEqual({ cardId: engineCard, seed: 9 });
    expect(await stateOf(engineCard)).toBeNull();
    expect((await undoLastRating({ userId, now: at(12 * MINUTE) })).cardId).toBe(conceptCard);
    expect(await stateOf(conceptCard)).toBeNull();
    await expectAppError(undoLastRating({ userId, now: at(12 * MINUTE) }), "NOT_FOUND", "flashcards.nothingToUndo");
  });

  it("does not reach ratings older than a day, nor another learner's", async () => {
    await rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 0, seed: 0, now });
    await expectAppError(undoLastRating({ userId, now: at(DAY + MINUTE) }), "NOT_FOUND");
    const other = await db.user.create({ data: { name: "Other", email: `other-${crypto.randomUUID()}@example.com` }, select: { id: true } });
    users.push(other.id);
    await expectAppError(undoLastRating({ userId: other.id, now: at(MINUTE) }), "NOT_FOUND");
    expect(await stateOf(conceptCard)).not.toBeNull();
  });
});

describe("new cards per day", () => {
  it("stops offering and accepting new cards at the limit, until the learner's next day", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 2, timeZone: "Asia/Shanghai" });
    const scope = { deck: null, ahead: false };
    let session = await getReviewSession({ userId, locale: "en", scope, now });
    expect(session.counts.new).toBe(2);
    expect(session.card?.isNew).toBe(true);
    expect(session.card?.card.id).toBe(ALL_CARD_IDS[0]);
    for (const cardId of ALL_CARD_IDS.slice(0, 2)) await rateFlashcard({ userId, cardId, rating: "easy", version: 0, seed: 0, now });
    session = await getReviewSession({ userId, locale: "en", scope, now });
    expect(session.counts).toEqual({ due: 0, new: 0 });
    expect(session.card).toBeNull();
    await expectAppError(
      rateFlashcard({ userId, cardId: ALL_CARD_IDS[2]!, rating: "good", version: 0, seed: 0, now }),
      "CONFLICT",
      "flashcards.newLimitReached",
    );
    // 09:30 UTC is 17:30 in Shanghai: the learner's next day starts at 16:00 UTC.
    const nextDay = new Date("2026-05-04T16:00:01.000Z");
    expect((await getReviewSession({ userId, locale: "en", scope, now: nextDay })).counts.new).toBe(2);
    await rateFlashcard({ userId, cardId: ALL_CARD_IDS[2]!, rating: "good", version: 0, seed: 0, now: nextDay });
  });

  it("gives back the new card of an undone first rating", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 1 });
    await rateFlashcard({ userId, cardId: conceptCard, rating: "good", version: 0, seed: 0, now });
    expect((await getDueCount(userId, now)).new).toBe(0);
    await undoLastRating({ userId, now });
    expect((await getDueCount(userId, now)).new).toBe(1);
  });
});

describe("due counts and the session queue", () => {
  it("counts due cards and today's new cards, and serves the most overdue first", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 5 });
    await seedReviewCard(conceptCard, at(-2 * DAY));
    await seedReviewCard(engineCard, at(-3 * DAY));
    await seedReviewCard("concept:rst-vs-fin", at(3 * DAY));
    expect(await getDueCount(userId, now)).toEqual({ due: 2, new: 5, total: 7 });
    const session = await getReviewSession({ userId, locale: "zh", scope: { deck: null, ahead: false }, now });
    expect(session.card?.card.id).toBe(engineCard);
    expect(session.card?.version).toBe(4);
    expect(session.card?.card.kind).toBe("engine");
    expect(session.dueTotal).toBe(7);
    expect(Object.values(session.card!.intervals).every((text) => /天|分钟|小时|个月|年/.test(text))).toBe(true);
    await rateFlashcard({ userId, cardId: engineCard, rating: "good", version: 4, seed: session.card!.seed, now });
    expect((await getDueCount(userId, now)).due).toBe(1);
  });

  it("limits a session to its deck, and studies ahead only when asked", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 0 });
    const timeWait = deckCardIds("time-wait");
    await seedReviewCard(timeWait[0]!, at(2 * DAY));
    await seedReviewCard(engineCard, at(-DAY));
    const deckSession = await getReviewSession({ userId, locale: "en", scope: { deck: "time-wait", ahead: false }, now });
    expect(deckSession.card).toBeNull();
    expect(deckSession.counts.due).toBe(0);
    expect(deckSession.nextDueAt).toBe(at(2 * DAY).toISOString());
    expect(deckSession.aheadAvailable).toBe(1);
    const ahead = await getReviewSession({ userId, locale: "en", scope: { deck: "time-wait", ahead: true }, now });
    expect(ahead.card?.card.id).toBe(timeWait[0]);
    await expectAppError(getReviewSession({ userId, locale: "en", scope: { deck: "no-such-deck", ahead: false }, now }), "NOT_FOUND");
  });

  it("shows a learning card a few minutes early when nothing else is left", async () => {
    await saveFlashcardSettings(userId, { newCardsPerDay: 1 });
    await rateFlashcard({ userId, cardId: ALL_CARD_IDS[0]!, rating: "again", version: 0, seed: 0, now });
    const session = await getReviewSession({ userId, locale: "en", scope: { deck: null, ahead: false }, now: at(10_000) });
    expect(session.counts).toEqual({ due: 0, new: 0 });
    expect(session.card?.card.id).toBe(ALL_CARD_IDS[0]);
    expect(session.card?.version).toBe(1);
  });

  it("never shows one learner's cards to another", async () => {
    await seedReviewCard(engineCard, at(-DAY));
    const other = await db.user.create({ data: { name: "Other", email: `other-${crypto.randomUUID()}@example.com` }, select: { id: true } });
    users.push(other.id);
    expect((await getDueCount(other.id, now)).due).toBe(0);
    const session = await getReviewSession({ userId: other.id, locale: "en", scope: { deck: null, ahead: false }, now });
    expect(session.card?.isNew).toBe(true);
    expect((await getDueForecast({ userId: other.id, days: 7, now })).overdue).toBe(0);
  });
});

describe("forecast and retention", () => {
  it("groups the cards due by the learner's day, with those overdue apart", async () => {
    await seedReviewCard("concept:why-2msl", at(-3 * DAY));
    await seedReviewCard("concept:rst-vs-fin", at(2 * 60 * MINUTE));
    await seedReviewCard("concept:half-open", new Date("2026-05-04T17:00:00.000Z"));
    await seedReviewCard("concept:msl-values", at(2 * DAY));
    await seedReviewCard("concept:half-close-allows", at(20 * DAY));
    const utc = await getDueForecast({ userId, days: 7, timeZone: "UTC", now });
    expect(utc.overdue).toBe(1);
    expect(utc.days).toHaveLength(7);
    expect(utc.days.slice(0, 3)).toEqual([
      { date: "2026-05-04", due: 2 },
      { date: "2026-05-05", due: 0 },
      { date: "2026-05-06", due: 1 },
    ]);
    expect(utc.days.reduce((n, d) => n + d.due, 0)).toBe(3);
    // In Shanghai (UTC+8) 17:00 UTC on the 4th is already the 5th.
    const shanghai = await getDueForecast({ userId, days: 14, timeZone: "Asia/Shanghai", now });
    expect(shanghai.days.slice(0, 2)).toEqual([
      { date: "2026-05-04", due: 1 },
      { date: "2026-05-05", due: 1 },
    ]);
    expect(shanghai.days).toHaveLength(14);
  });

  it("measures retention as the share of reviews not rated Again, over 7 and 30 days", async () => {
    const ratings: [number, "again" | "good" | "hard"][] = [
      [1, "good"],
      [2, "again"],
      [3, "hard"],
      [6, "good"],
      [10, "again"],
      [20, "good"],
      [40, "good"],
    ];
    for (const [k, [daysAgo, rating]] of ratings.entries()) {
      await rateFlashcard({ userId, cardId: ALL_CARD_IDS[k]!, rating, version: 0, seed: 0, now: at(-daysAgo * DAY) });
    }
    const stats = await getReviewStats(userId, { now });
    expect(stats.retention).toEqual([
      { days: 7, reviews: 4, recalled: 3, rate: 0.75 },
      { days: 30, reviews: 6, recalled: 4, rate: 4 / 6 },
    ]);
    expect(stats.seenCards).toBe(7);
    expect(stats.totalCards).toBe(ALL_CARD_IDS.length);
    expect(stats.byState.new).toBe(ALL_CARD_IDS.length - 7);
  });

  it("has no retention figure without reviews", async () => {
    const stats = await getReviewStats(userId, { now });
    expect(stats.retention.map((r) => r.rate)).toEqual([null, null]);
    expect(stats.newAvailableToday).toBe(20);
  });
});

describe("the flashcards home's reads", () => {
  it("shows from cards read once what the review session and the deck list read for themselves", async () => {
    const [first, second, third] = deckCardIds(null);
    await seedReviewCard(first!, at(-DAY));
    await seedReviewCard(second!, at(2 * DAY));
    await seedReviewCard(third!, at(-MINUTE));
    await holdCard({ userId, cardId: third!, action: "suspend", now });
    await rateFlashcard({ userId, cardId: conceptCard, rating: "again", version: 0, seed: 1, now: at(-MINUTE) });
    const scope = { deck: null, ahead: false };

    const cards = loadLearnerCards(userId, now);
    const [queue, session, shared, own] = await Promise.all([
      getReviewQueue({ userId, scope, now, cards, withUndo: false }),
      getReviewSession({ userId, locale: "en", scope, now }),
      getDeckSummaries(userId, "en", now, cards),
      getDeckSummaries(userId, "en", now),
    ]);
    const { card, ...sessionRest } = session;
    const { next, ...queueRest } = queue;
    expect(next?.cardId).toBe(card?.card.id);
    expect(next?.cardId).toBe(first);
    expect(queueRest).toEqual({ ...sessionRest, canUndo: false });
    // The session itself asks whether the rating a minute ago can be undone; the home does not.
    expect(session.canUndo).toBe(true);
    expect(shared).toEqual(own);
    expect(shared.reduce((n, deck) => n + deck.dueNow, 0)).toBe(2); // the suspended card is not due
  });
});
