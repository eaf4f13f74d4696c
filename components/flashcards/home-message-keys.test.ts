import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLASHCARDS_HOME_KEYS } from "./home-message-keys";

// The flashcards home sends only FLASHCARDS_HOME_KEYS to the browser (app/flashcards/page.tsx): a
// key its client components use and the list lacks would show as "flashcards.key".
const source = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");
const usedKeys = (file: string) => [...source(file).matchAll(/\bt\("([A-Za-z0-9_]+)"/g)].map((m) => m[1]!);

describe("FLASHCARDS_HOME_KEYS", () => {
  it("holds every flashcards message the home's client components use", () => {
    const files = ["./settings-form.tsx", "./deck-rows.tsx"];
    for (const file of files) expect(source(file)).toMatch(/^"use client"/);
    const used = new Set(files.flatMap(usedKeys));
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !(FLASHCARDS_HOME_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});
