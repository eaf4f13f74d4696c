import { createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { formatInterval } from "./format";
import { FSRS_PARAMETERS, fromFsrsCard, newCardSnapshot, previewRatings, rateCard, RATING_NAMES, toFsrsCard, type CardSnapshot } from "./scheduler";

const now = new Date("2026-05-04T09:30:00.000Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A card reviewed a few times, due today. */
function reviewCard(): CardSnapshot {
  let card = newCardSnapshot(new Date(now.getTime() - 30 * DAY));
  for (const days of [30, 29, 25, 12]) card = rateCard(card, "good", new Date(now.getTime() - days * DAY)).next;
  return card;
}

describe("the FSRS wrapper", () => {
  it("a new card is ts-fsrs's empty card", () => {
    expect(toFsrsCard(newCardSnapshot(now))).toEqual(createEmptyCard(now));
  });

  it("rates exactly as ts-fsrs does, for every rating", () => {
    const reference = fsrs(FSRS_PARAMETERS);
    for (const card of [newCardSnapshot(now), reviewCard()]) {
      for (const [k, name] of RATING_NAMES.entries()) {
        const grade = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const)[k]!;
        const expected = reference.next(toFsrsCard(card), now, grade);
        const { next, log } = rateCard(card, name, now);
        expect(toFsrsCard(next)).toEqual(expected.card);
        expect(log).toEqual(expected.log);
      }
    }
  });

  it("round-trips a card through the stored form", () => {
    const card = reviewCard();
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
    expect(card.lastReview).toBeInstanceOf(Date);
    expect(newCardSnapshot(now).lastReview).toBeNull();
  });

  it("follows the learning steps for a new card: Again 1 m, Hard 6 m, Good 10 m, Easy days", () => {
    const due = previewRatings(newCardSnapshot(now), now);
    expect(due.again.getTime() - now.getTime()).toBe(1 * MINUTE);
    expect(due.hard.getTime() - now.getTime()).toBe(6 * MINUTE);
    expect(due.good.getTime() - now.getTime()).toBe(10 * MINUTE);
    expect(due.easy.getTime() - now.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it("orders the intervals of a review card Again < Hard < Good < Easy, and Again is a lapse", () => {
    const card = reviewCard();
    expect(card.state).toBe(State.Review);
    const due = previewRatings(card, now);
    expect(due.again < due.hard && due.hard < due.good && due.good < due.easy).toBe(true);
    const again = rateCard(card, "again", now);
    expect(again.next.lapses).toBe(card.lapses + 1);
    expect(again.next.state).toBe(State.Relearning);
    expect(again.log.state).toBe(State.Review);
    expect(again.log.rating).toBe(Rating.Again);
  });

  it("is deterministic: the same rating at the same instant gives the same due date (fuzz included)", () => {
    const card = reviewCard();
    expect(rateCard(card, "good", now).next.due).toEqual(rateCard(card, "good", now).next.due);
    expect(previewRatings(card, now).good).toEqual(rateCard(card, "good", now).next.due);
  });
});

describe("formatInterval", () => {
  it("writes intervals as on Anki's buttons", () => {
    expect(formatInterval(10 * MINUTE, "en")).toBe("10m");
    expect(formatInterval(20_000, "en")).toBe("1m");
    expect(formatInterval(5 * 60 * MINUTE, "en")).toBe("5h");
    expect(formatInterval(3 * DAY, "en")).toBe("3d");
    expect(formatInterval(63 * DAY, "en")).toBe("2.1mo");
    expect(formatInterval(548 * DAY, "en")).toBe("1.5y");
    expect(formatInterval(3 * DAY, "zh")).toBe("3 天");
    expect(formatInterval(10 * MINUTE, "zh")).toBe("10 分钟");
  });
});
