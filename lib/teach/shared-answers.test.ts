// Finding 5 of issue 13: the templates whose key does not vary across students' variants are
// found by generating the variants, and only those are marked.
import { describe, expect, it } from "vitest";
import { type Difficulty, generateQuestion, listTemplates } from "@/lib/questions";
import { DIFFICULTIES, hasSharedAnswer, sharedAnswerDifficulties } from "./shared-answers";

describe("sharedAnswerDifficulties", () => {
  const shared = sharedAnswerDifficulties();

  it("marks a template only when many other variants still have the same key", () => {
    // Checked against seeds the module did not sample: a marked template's key is the same for
    // 40 other students too.
    for (const [templateId, difficulties] of Object.entries(shared)) {
      for (const difficulty of difficulties) {
        const keys = new Set(Array.from({ length: 40 }, (_, i) => JSON.stringify(generateQuestion(templateId, 1_000_003 * (i + 7), difficulty).key)));
        expect(keys.size, `${templateId}@${difficulty}`).toBe(1);
      }
    }
  });

  it("leaves unmarked every template whose key varies", () => {
    for (const template of listTemplates()) {
      for (const difficulty of DIFFICULTIES as Difficulty[]) {
        if (shared[template.id]?.includes(difficulty)) continue;
        expect(hasSharedAnswer(template.id, difficulty)).toBe(false);
        const keys = new Set(
          Array.from({ length: 12 }, (_, i) => JSON.stringify(generateQuestion(template.id, Math.imul(i + 1, 2654435761) >>> 0, difficulty).key)),
        );
        expect(keys.size, `${template.id}@${difficulty}`).toBeGreaterThan(1);
      }
    }
  });
});
