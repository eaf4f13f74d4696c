import { describe, expect, it } from "vitest";
import { flashcardSettingsSchema, rateCardSchema, readReviewSearchParams, sessionScopeSchema } from "./flashcards";

const valid = { cardId: "engine:established-receives-fin", rating: "good", version: 3, seed: 123456, deck: null };

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("rateCardSchema", () => {
  it("accepts a rating and fills the scope's defaults", () => {
    expect(rateCardSchema.parse(valid)).toEqual({ ...valid, ahead: false });
    expect(rateCardSchema.parse({ ...valid, deck: "time-wait", ahead: true, timeZone: "Asia/Shanghai" }).timeZone).toBe("Asia/Shanghai");
  });

  it("refuses malformed input with message references, never throwing", () => {
    const bad = [
      [{ ...valid, cardId: "engine:../../etc" }, "flashcards.invalidCard"],
      [{ ...valid, cardId: "other:thing" }, "flashcards.invalidCard"],
      [{ ...valid, rating: "perfect" }, "flashcards.invalidRating"],
      [{ ...valid, version: -1 }, "flashcards.invalidVersion"],
      [{ ...valid, version: 1.5 }, "flashcards.invalidVersion"],
      [{ ...valid, seed: 2 ** 31 }, "flashcards.invalidSeed"],
      [{ ...valid, seed: "1" }, "flashcards.invalidSeed"],
      [{ ...valid, deck: "Time Wait!" }, "flashcards.invalidDeck"],
      [{ ...valid, timeZone: "Mars/Olympus" }, "flashcards.invalidTimeZone"],
    ] as const;
    for (const [input, message] of bad) {
      const result = rateCardSchema.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      expect(messagesOf(result)).toContain(message);
    }
    expect(rateCardSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(rateCardSchema.safeParse(null).success).toBe(false);
  });
});

describe("flashcardSettingsSchema", () => {
  it("reads the form: a number from 0 to 200 and a checkbox", () => {
    expect(flashcardSettingsSchema.parse({ newCardsPerDay: "15", shortcutsEnabled: "on" })).toEqual({ newCardsPerDay: 15, shortcutsEnabled: true });
    expect(flashcardSettingsSchema.parse({ newCardsPerDay: "0" })).toEqual({ newCardsPerDay: 0, shortcutsEnabled: false });
    for (const value of ["201", "-1", "2.5", "many"]) {
      expect(messagesOf(flashcardSettingsSchema.safeParse({ newCardsPerDay: value }))).toContain("flashcards.newPerDayRange");
    }
  });
});

describe("readReviewSearchParams", () => {
  it("reads the deck and study-ahead flag, falling back to all decks for nonsense", () => {
    expect(readReviewSearchParams({})).toEqual({ deck: null, ahead: false });
    expect(readReviewSearchParams({ deck: "time-wait", ahead: "1" })).toEqual({ deck: "time-wait", ahead: true });
    expect(readReviewSearchParams({ deck: ["resets", "loss"] })).toEqual({ deck: "resets", ahead: false });
    expect(readReviewSearchParams({ deck: "<script>" })).toEqual({ deck: null, ahead: false });
    expect(sessionScopeSchema.parse({})).toEqual({ deck: null, ahead: false });
  });
});
