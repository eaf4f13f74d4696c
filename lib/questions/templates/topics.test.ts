import { describe, expect, it } from "vitest";
import { parseScenario, simulateDetailed, type DetailedRun } from "../../tcp";
import { generateQuestion } from "../registry";
import { DIFFICULTIES, type Question } from "../types";
import { TOPIC_TEMPLATES } from "./topics";

// The templates of the topics added for issue 11: their keys vary enough that a class cannot
// share answers, and their scenarios run without a refusal they did not mean.

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** What a key says, whatever the option letters: choice keys are compared by their text. */
const keyMeaning = (q: Question): string => (q.key.kind === "choice" ? q.keyText.en.replace(/^\([a-f]\) /, "") : JSON.stringify(q.key));

const runOf = (q: Question): DetailedRun => {
  const parsed = parseScenario(q.scenario);
  if (!parsed.ok) throw new Error(parsed.message);
  return simulateDetailed(parsed.scenario);
};

describe.each(TOPIC_TEMPLATES.map((t) => [t.id] as const))("topic template %s", (id) => {
  it("has no key that covers more than half of seeds 1..20, at every difficulty", () => {
    for (const d of DIFFICULTIES) {
      const counts = new Map<string, number>();
      for (const seed of SEEDS) {
        const meaning = keyMeaning(generateQuestion(id, seed, d));
        counts.set(meaning, (counts.get(meaning) ?? 0) + 1);
      }
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(count, `difficulty ${d}: "${top}"`).toBeLessThanOrEqual(SEEDS.length / 2);
    }
  });

  it("runs a scenario the engine accepts without a refused step it did not mean", () => {
    for (const d of DIFFICULTIES)
      for (const seed of SEEDS.slice(0, 5)) {
        const q = generateQuestion(id, seed, d);
        const run = runOf(q);
        const errors = run.trace.steps.filter((s) => s.error !== null).map((s) => s.error);
        // Only the socket-pair question means a refusal: connect on a pair still in TIME-WAIT.
        for (const error of errors) expect(error).toBe("connection already exists");
      }
  });
});

// Whether each mistake a topic template names fits its run is checked for every template by
// lib/questions/content-checks.test.ts, against lib/questions/topic-preconditions.ts.
