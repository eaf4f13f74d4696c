import path from "node:path";
import { describe, expect, it } from "vitest";
import { usedClientKeys } from "@/components/i18n/used-client-keys";
import { messages } from "@/lib/i18n/messages";
import { REVIEW_PRACTICE_KEYS } from "./review-message-keys";

const file = (relative: string) => path.join(import.meta.dirname, "..", relative);

describe("REVIEW_PRACTICE_KEYS", () => {
  it("holds every practice message the review's verdict panel and its diagram look up", () => {
    const used = usedClientKeys(
      [file("practice/feedback-panel.tsx"), file("practice/diagram-labels.ts"), file("classes/review-feedback.tsx")],
      "practice",
      Object.keys(messages.en.practice),
    );
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(REVIEW_PRACTICE_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});
