import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SETUP_MESSAGE_KEYS } from "./setup-data";

// The setup screen gets only SETUP_MESSAGE_KEYS of practice's messages (app/practice/page.tsx): a
// key it uses and the list lacks would show as "practice.key".
const usedKeys = (file: string) => [...readFileSync(new URL(file, import.meta.url), "utf8").matchAll(/\bt\("([A-Za-z0-9_]+)"/g)].map((m) => m[1]);

describe("SETUP_MESSAGE_KEYS", () => {
  it("holds every practice message the setup screen uses", () => {
    const used = new Set([...usedKeys("./practice-setup.tsx"), ...usedKeys("./concept-choices.tsx")]);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(SETUP_MESSAGE_KEYS as readonly string[]).includes(key!))).toEqual([]);
  });
});
