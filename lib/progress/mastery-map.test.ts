// The mastery model the page shows (the practice feature's masteryFromOutcomes) and its use per
// edge of the state diagram.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { masteryFromOutcomes, MASTERY_DECAY, MASTERY_WINDOW } from "@/lib/mastery/mastery";
import { EDGE_KEYS, scoreEdges } from "./mastery-map";

describe("the mastery model", () => {
  it("starts at 0 and reads one lucky answer as 50% (the prior: one imaginary wrong answer)", () => {
    expect(masteryFromOutcomes([])).toBe(0);
    expect(masteryFromOutcomes([true])).toBeCloseTo(0.5);
    expect(masteryFromOutcomes([false])).toBe(0);
  });

  it("stays in [0, 1) whatever the answers", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (outcomes) => {
        const m = masteryFromOutcomes(outcomes);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThan(1);
      }),
    );
  });

  it("orders learners: turning a wrong answer into a right one never lowers mastery", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.nat(), (outcomes, pick) => {
        const k = pick % outcomes.length;
        const better = outcomes.map((c, i) => (i === k ? true : c));
        expect(masteryFromOutcomes(better)).toBeGreaterThanOrEqual(masteryFromOutcomes(outcomes));
      }),
    );
  });

  it("weighs recent answers more: a right answer now beats the same right answer long ago", () => {
    const recentRight = [true, false, false, false];
    const oldRight = [false, false, false, true];
    expect(masteryFromOutcomes(recentRight)).toBeGreaterThan(masteryFromOutcomes(oldRight));
    // With the decay, the newest answer weighs 1 and the fourth newest DECAY^3.
    const expected = 1 / (1 + 1 + MASTERY_DECAY + MASTERY_DECAY ** 2 + MASTERY_DECAY ** 3);
    expect(masteryFromOutcomes(recentRight)).toBeCloseTo(expected, 12);
  });

  it("forgets answers beyond the window", () => {
    const recent = Array.from({ length: MASTERY_WINDOW }, () => true);
    expect(masteryFromOutcomes([...recent, false, false, false])).toBe(masteryFromOutcomes(recent));
  });

  it("approaches 1 with many right answers", () => {
    expect(masteryFromOutcomes(Array.from({ length: MASTERY_WINDOW }, () => true))).toBeGreaterThan(0.8);
  });
});

describe("scoreEdges", () => {
  const edgesOf = (id: string) => (id === "close" ? ["ESTABLISHED>FIN-WAIT-1", "FIN-WAIT-1>FIN-WAIT-2"] : id === "open" ? ["SYN-SENT>ESTABLISHED"] : []);

  it("scores every edge its answered templates exercise with the model, and leaves the others without data", () => {
    const map = scoreEdges(
      [
        { id: "1", templateId: "close", correct: true, at: 3 },
        { id: "2", templateId: "close", correct: false, at: 2 },
        { id: "3", templateId: "open", correct: true, at: 1 },
      ],
      edgesOf,
    );
    expect(map.edgeScores["ESTABLISHED>FIN-WAIT-1"]).toBeCloseTo(masteryFromOutcomes([true, false]));
    expect(map.edgeScores["SYN-SENT>ESTABLISHED"]).toBeCloseTo(0.5);
    expect(map.edgeScores["TIME-WAIT>CLOSED"]).toBeNull();
    expect(map.edgeAnswers).toEqual({ "ESTABLISHED>FIN-WAIT-1": 2, "FIN-WAIT-1>FIN-WAIT-2": 2, "SYN-SENT>ESTABLISHED": 1 });
    expect(Object.keys(map.edgeScores).sort()).toEqual([...EDGE_KEYS].sort());
  });
});
