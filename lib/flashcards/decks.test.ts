import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONCEPT_IDS } from "../questions/types";
import { ALL_CARD_IDS, CONCEPT_CARDS, DECKS, deckCardIds, isCardId, isDeckId, renderCard } from ".";

describe("decks", () => {
  it("has one deck per concept, in the concepts' teaching order", () => {
    expect(DECKS.map((d) => d.concept)).toEqual([...CONCEPT_IDS]);
  });

  it("gives every deck both kinds of card", () => {
    for (const deck of DECKS) {
      expect(
        deck.cards.some((c) => c.kind === "engine"),
        deck.concept,
      ).toBe(true);
      expect(
        deck.cards.some((c) => c.kind === "concept"),
        deck.concept,
      ).toBe(true);
      expect(deck.cards.every((c) => c.concept === deck.concept)).toBe(true);
    }
  });

  it("lists every card once, with ids that say their kind", () => {
    expect(new Set(ALL_CARD_IDS).size).toBe(ALL_CARD_IDS.length);
    for (const id of ALL_CARD_IDS) expect(id).toMatch(/^(engine|concept):[a-z0-9-]+$/);
    expect(ALL_CARD_IDS.length).toBe(DECKS.reduce((n, d) => n + d.cards.length, 0));
  });

  it("filters by deck", () => {
    expect(deckCardIds("time-wait").every((id) => DECKS.find((d) => d.concept === "time-wait")!.cards.some((c) => c.id === id))).toBe(true);
    expect(deckCardIds(null)).toBe(ALL_CARD_IDS);
    expect(isDeckId("time-wait")).toBe(true);
    expect(isDeckId("nope")).toBe(false);
  });

  it("renders every card in both languages and nothing for an unknown id", () => {
    for (const id of ALL_CARD_IDS) {
      expect(isCardId(id)).toBe(true);
      const en = renderCard(id, 7, "en");
      const zh = renderCard(id, 7, "zh");
      expect(en?.id).toBe(id);
      expect(zh?.id).toBe(id);
      expect(JSON.stringify(en)).not.toBe(JSON.stringify(zh));
    }
    expect(renderCard("engine:no-such-card", 1, "en")).toBeNull();
    expect(isCardId("concept:no-such-card")).toBe(false);
  });
});

describe("concept cards", () => {
  it("has at least 12, with unique slugs", () => {
    expect(CONCEPT_CARDS.length).toBeGreaterThanOrEqual(12);
    const slugs = CONCEPT_CARDS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("is written in both languages: every question and paragraph, Chinese in Chinese", () => {
    for (const card of CONCEPT_CARDS) {
      for (const text of [card.question, ...card.answer]) {
        expect(text.en.trim().length, card.slug).toBeGreaterThan(10);
        expect(text.zh.trim().length, card.slug).toBeGreaterThan(5);
        expect(text.zh, card.slug).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, card.slug).not.toMatch(/[\u4e00-\u9fff]/);
      }
      expect(card.source).toMatch(/^RFC \d+/);
    }
  });
});

// lib/flashcards is pure, like lib/tcp and lib/questions: it must run in the browser and in tests.
describe("purity", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
    });

  it("imports no framework, database or Node API", () => {
    const forbidden =
      /from\s+"(next|next\/.*|react|react-dom|@prisma\/.*|pg|node:.*|fs|path|@\/lib\/server\/.*|@\/components\/.*|@\/app\/.*|\.\.\/server\/.*)"/;
    for (const file of files(path.dirname(new URL(import.meta.url).pathname))) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(forbidden);
    }
  });
});
