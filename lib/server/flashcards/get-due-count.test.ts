// Integration test against the real PostgreSQL database: the navigation badge's one-statement
// count (get-due-count.ts) equals what the review session's rules give, computed here in
// TypeScript from the very rows inserted, for learners with random card states, holds, settings,
// time zones and reviews (the day's boundary and days a clock change shifts included).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { State } from "@/lib/flashcards/scheduler";
import { startOfLocalDay } from "@/lib/flashcards/time-zone";
import { db } from "../db";
import { getDueCount } from "./get-due-count";
import { DEFAULT_FLASHCARD_SETTINGS } from "./settings";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Deterministic randomness (mulberry32), so that a failure can be replayed. */
function randomSource(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

// Zones with odd offsets, half-hour DST, and midnights that a clock change skips (Havana, Santiago, Beirut).
const TIME_ZONES = [
  "UTC",
  "Asia/Shanghai",
  "America/New_York",
  "America/Havana",
  "America/Santiago",
  "Asia/Beirut",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Europe/London",
] as const;
const NOWS = [
  "2026-05-04T13:30:00.000Z",
  "2026-01-01T00:00:00.000Z",
  "2026-03-08T16:00:00.000Z", // Havana springs forward at midnight
  "2026-09-06T15:00:00.000Z", // Santiago springs forward at midnight
  "2026-04-05T15:00:00.000Z", // Santiago falls back
  "2026-03-29T10:00:00.000Z", // Beirut springs forward at midnight, London at 01:00
  "2026-10-04T05:00:00.000Z", // Lord Howe springs forward half an hour
  "2026-11-01T06:30:00.000Z", // New York falls back
].map((iso) => new Date(iso));
const RETIRED_CARDS = ["engine:retired-card", "concept:no-longer-in-the-catalogue"];

interface Learner {
  userId: string;
  now: Date;
  settings: { newCardsPerDay: number; timeZone: string } | null;
  states: { cardId: string; due: Date }[];
  holds: { cardId: string; suspended: boolean; buriedUntil: Date | null }[];
  reviews: { cardId: string; reviewedAt: Date; logState: number }[];
}

/** The count by the rules of getReviewSession, settings.ts and holds.ts, from the rows alone. */
function expectedCount(learner: Learner): { due: number; new: number; total: number } {
  const { now } = learner;
  const settings = learner.settings ?? DEFAULT_FLASHCARD_SETTINGS;
  const held = new Set(learner.holds.filter((h) => h.suspended || (h.buriedUntil !== null && h.buriedUntil > now)).map((h) => h.cardId));
  const ids = ALL_CARD_IDS.filter((id) => !held.has(id));
  const open = new Set(ids);
  const states = learner.states.filter((s) => open.has(s.cardId));
  const due = states.filter((s) => s.due <= now).length;
  const since = startOfLocalDay(now, settings.timeZone);
  const introduced = learner.reviews.filter((r) => r.reviewedAt >= since && r.logState === State.New).length;
  const fresh = Math.min(Math.max(0, settings.newCardsPerDay - introduced), ids.length - states.length);
  return { due, new: fresh, total: due + fresh };
}

const users: string[] = [];
const learners: Learner[] = [];

async function createLearner(random: ReturnType<typeof randomSource>, index: number, fixed?: { now: Date; timeZone: string }): Promise<Learner> {
  const user = await db.user.create({ data: { name: `Due count ${index}`, email: `due-count-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  users.push(user.id);
  const now = fixed?.now ?? random.pick(NOWS);
  const settings = fixed
    ? { newCardsPerDay: 20, timeZone: fixed.timeZone }
    : random.chance(0.2)
      ? null
      : { newCardsPerDay: random.pick([0, 1, 5, 20, 50, 1000]), timeZone: random.pick(TIME_ZONES) };
  const since = startOfLocalDay(now, (settings ?? DEFAULT_FLASHCARD_SETTINGS).timeZone).getTime();
  // Most of the catalogue seen by some learners (so that "new" is capped by the cards left), little by others.
  const share = random.pick([0, 0.05, 0.3, 0.9, 1]);
  const cardIds = [...ALL_CARD_IDS.filter(() => random.chance(share)), ...RETIRED_CARDS.filter(() => random.chance(0.5))];
  const offsets = [-30 * DAY, -DAY, -HOUR, -1, 0, 1, MINUTE, HOUR, 3 * DAY];
  const states = cardIds.map((cardId) => ({ cardId, due: new Date(now.getTime() + random.pick(offsets)) }));
  const holds = [...ALL_CARD_IDS, ...RETIRED_CARDS]
    .filter(() => random.chance(0.08))
    .map((cardId) => ({
      cardId,
      suspended: random.chance(0.4),
      buriedUntil: random.chance(0.6) ? new Date(now.getTime() + random.pick([-DAY, -1, 0, 1, HOUR, DAY])) : null,
    }));
  // Reviews around the start of the learner's day, to the millisecond, some a day or more before.
  const boundary = [-2 * DAY, -DAY, -61 * MINUTE, -HOUR, -30 * MINUTE, -1, 0, 1, 30 * MINUTE, HOUR, 2 * HOUR];
  const reviews = Array.from({ length: random.int(0, 40) }, () => ({
    cardId: random.pick([...ALL_CARD_IDS, ...RETIRED_CARDS]),
    reviewedAt: new Date(Math.min(since + random.pick(boundary), now.getTime())),
    logState: random.pick([State.New, State.New, State.Learning, State.Review, State.Relearning]),
  }));
  // New cards on either side of the day's start, to the millisecond, for the fixed learners.
  if (fixed) {
    for (const offset of [-1, 0, 30 * MINUTE, 61 * MINUTE])
      reviews.push({ cardId: ALL_CARD_IDS[0]!, reviewedAt: new Date(since + offset), logState: State.New });
  }

  if (settings) await db.flashcardSettings.create({ data: { userId: user.id, ...settings } });
  await db.flashcardState.createMany({
    data: states.map((s) => ({
      userId: user.id,
      cardId: s.cardId,
      due: s.due,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: State.Review,
    })),
  });
  await db.flashcardHold.createMany({ data: holds.map((h) => ({ userId: user.id, ...h })) });
  await db.flashcardReview.createMany({
    data: reviews.map((r) => ({
      userId: user.id,
      cardId: r.cardId,
      rating: 3,
      reviewedAt: r.reviewedAt,
      logState: r.logState,
      logDue: r.reviewedAt,
      logStability: 1,
      logDifficulty: 5,
      logElapsedDays: 0,
      logLastElapsedDays: 0,
      logScheduledDays: 0,
      logLearningSteps: 0,
      nextDue: r.reviewedAt,
      nextState: State.Review,
      versionAfter: 1,
    })),
  });
  return { userId: user.id, now, settings, states, holds, reviews };
}

beforeAll(async () => {
  const random = randomSource(20261207);
  for (let i = 0; i < 40; i++) learners.push(await createLearner(random, i));
  // Days whose midnight a clock change skips or moves (Havana, Santiago: the day begins at its
  // first minute, 01:00), and odd offsets: the count must agree with startOfLocalDay's day.
  const fixed: [string, string][] = [
    ["America/Havana", "2026-03-08T16:00:00.000Z"],
    ["America/Santiago", "2026-09-06T15:00:00.000Z"],
    ["America/Santiago", "2026-04-05T15:00:00.000Z"],
    ["Asia/Beirut", "2026-03-29T10:00:00.000Z"],
    ["Australia/Lord_Howe", "2026-10-04T05:00:00.000Z"],
    ["Pacific/Chatham", "2026-05-04T13:30:00.000Z"],
  ];
  for (const [timeZone, iso] of fixed) learners.push(await createLearner(random, learners.length, { timeZone, now: new Date(iso) }));
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("getDueCount (one statement)", () => {
  it("counts what the review session's rules count, for every learner", async () => {
    for (const learner of learners) {
      const expected = expectedCount(learner);
      expect({ learner: learners.indexOf(learner), ...(await getDueCount(learner.userId, learner.now)) }).toEqual({
        learner: learners.indexOf(learner),
        ...expected,
      });
    }
  });

  it("the learners cover the cases: cards due, new cards capped by the day's limit and by the cards left, reviews on both sides of midnight", () => {
    const expected = learners.map(expectedCount);
    expect(expected.some((c) => c.due > 0)).toBe(true);
    expect(expected.some((c, i) => c.new > 0 && c.new < (learners[i]!.settings ?? DEFAULT_FLASHCARD_SETTINGS).newCardsPerDay)).toBe(true);
    expect(expected.some((c) => c.new === 0)).toBe(true);
    expect(learners.some((l) => l.settings === null)).toBe(true);
    expect(learners.some((l) => l.holds.some((h) => h.suspended) && l.holds.some((h) => !h.suspended && h.buriedUntil && h.buriedUntil > l.now))).toBe(true);
  });

  it("a learner with nothing stored gets the default day's new cards", async () => {
    const user = await db.user.create({ data: { name: "Due count empty", email: `due-count-${crypto.randomUUID()}@example.com` }, select: { id: true } });
    users.push(user.id);
    expect(await getDueCount(user.id)).toEqual({ due: 0, new: DEFAULT_FLASHCARD_SETTINGS.newCardsPerDay, total: DEFAULT_FLASHCARD_SETTINGS.newCardsPerDay });
  });
});
