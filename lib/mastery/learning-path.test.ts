import { describe, expect, it } from "vitest";
import type { ConceptId } from "@/lib/questions";
import { chooseOnPath, isMissed, isPassed, PASS_MASTERY } from "./learning-path";
import { completeMastery, masteryFromHistory, masteryFromOutcomes, peakMasteryFromOutcomes, type ConceptMastery } from "./mastery";

/** A learner's masteries from their answers per concept, oldest first, as the rollup would hold them. */
function learner(answers: Partial<Record<ConceptId, boolean[]>>): ConceptMastery[] {
  return completeMastery(
    Object.entries(answers).map(([concept, oldestFirst]) => {
      const newestFirst = oldestFirst!.slice().reverse();
      return {
        concept: concept as ConceptId,
        attempts: oldestFirst!.length,
        correct: oldestFirst!.filter(Boolean).length,
        mastery: masteryFromOutcomes(newestFirst),
        peak: peakMasteryFromOutcomes(newestFirst),
        lastPracticedAt: null,
      };
    }),
  );
}

const PATH: ConceptId[] = ["handshake-states", "handshake-numbers", "teardown-states", "teardown-numbers", "half-close", "time-wait"];
const T = true;
const F = false;

describe("the numbers the policy rests on", () => {
  it("passes a concept after three right answers in a row, not after two", () => {
    expect(masteryFromOutcomes([T, T])).toBeCloseTo(1.8 / 2.8, 6); // 0.643
    expect(masteryFromOutcomes([T, T, T])).toBeCloseTo(2.44 / 3.44, 6); // 0.709
    expect(masteryFromOutcomes([T, T])).toBeLessThan(PASS_MASTERY);
    expect(masteryFromOutcomes([T, T, T])).toBeGreaterThanOrEqual(PASS_MASTERY);
  });

  it("remembers the peak: four right then one wrong is missed, not unlearnt", () => {
    const newestFirst = [F, T, T, T, T];
    expect(masteryFromOutcomes(newestFirst)).toBeCloseTo(2.3616 / 4.3616, 4); // 0.541
    expect(peakMasteryFromOutcomes(newestFirst)).toBeCloseTo(2.952 / 3.952, 4); // 0.747, before the miss
    const [row] = learner({ "handshake-states": [T, T, T, T, F] });
    expect(isPassed(row!)).toBe(true);
    expect(isMissed(row!)).toBe(true);
  });
});

describe("a new learner", () => {
  it("starts at the fundamentals, the first concept of the path", () => {
    expect(chooseOnPath(completeMastery([]), PATH)).toEqual({ code: "start", concept: "handshake-states" });
  });

  it("stays on a concept until three in a row, then moves on and names what was passed", () => {
    expect(chooseOnPath(learner({ "handshake-states": [T, T] }), PATH)).toEqual({
      code: "path",
      concept: "handshake-states",
      mastery: masteryFromOutcomes([T, T]),
      previous: null,
    });
    // A wrong answer on the way keeps them there: [T, F, T, T] is 0.585.
    const shaky = chooseOnPath(learner({ "handshake-states": [T, F, T, T] }), PATH);
    expect(shaky).toMatchObject({ code: "path", concept: "handshake-states" });
    expect(shaky?.code === "path" && shaky.mastery).toBeCloseTo(2.312 / 3.952, 3);
    expect(chooseOnPath(learner({ "handshake-states": [T, T, T] }), PATH)).toEqual({
      code: "path",
      concept: "handshake-numbers",
      mastery: 0,
      previous: "handshake-states",
    });
  });
});

describe("a learner strong on the basics", () => {
  const strong = { "handshake-states": [T, T, T, T, T, T], "handshake-numbers": [F, T, T, T, T, T], "teardown-states": [T, T, T] };

  it("goes straight to the first concept not yet passed", () => {
    expect(chooseOnPath(learner(strong), PATH)).toEqual({ code: "path", concept: "teardown-numbers", mastery: 0, previous: "teardown-states" });
  });

  it("polishes the weakest concept once everything is passed", () => {
    const all = learner({ ...strong, "teardown-numbers": [T, T, T, T], "half-close": [T, T, T, T, T], "time-wait": [T, T, T] });
    // teardown-states and time-wait both stand at 0.709 (three right); the earlier one on the path wins.
    expect(chooseOnPath(all, PATH)).toEqual({ code: "polish", concept: "teardown-states", mastery: masteryFromOutcomes([T, T, T]) });
    const sharper = learner({
      ...strong,
      "teardown-states": [T, T, T, T],
      "teardown-numbers": [T, T, T, T],
      "half-close": [T, T, T, T, T],
      "time-wait": [T, T, T],
    });
    expect(chooseOnPath(sharper, PATH)).toMatchObject({ code: "polish", concept: "time-wait" });
  });
});

describe("a learner who missed something", () => {
  // Passed the handshake's states, then got one wrong; passed the numbers; working on the close.
  const answers = { "handshake-states": [T, T, T, T, F], "handshake-numbers": [T, T, T], "teardown-states": [T] };

  it("keeps going forward on most turns", () => {
    // 9 answers so far: 9 % 3 = 0, not a review turn.
    expect(chooseOnPath(learner(answers), PATH)).toMatchObject({ code: "path", concept: "teardown-states", previous: "handshake-numbers" });
    // 10 answers: 10 % 3 = 1, still not.
    expect(chooseOnPath(learner({ ...answers, "teardown-states": [T, F] }), PATH)).toMatchObject({ code: "path", concept: "teardown-states" });
  });

  it("interleaves review of the missed concept every third question", () => {
    // 11 answers: 11 % 3 = 2, review.
    const choice = chooseOnPath(learner({ ...answers, "teardown-states": [T, F, T] }), PATH);
    expect(choice).toEqual({
      code: "review",
      concept: "handshake-states",
      mastery: masteryFromOutcomes([F, T, T, T, T]),
      peak: peakMasteryFromOutcomes([F, T, T, T, T]),
    });
  });

  it("reviews the weakest missed concept first, and stops once it is passed again", () => {
    const twoMissed = learner({ ...answers, "handshake-numbers": [T, T, T, F, F], "teardown-states": [T, F] });
    // 12 answers would not be a turn; 11 are. handshake-numbers (0.35) is weaker than handshake-states (0.54).
    const eleven = learner({ "handshake-states": [T, T, T, T, F], "handshake-numbers": [T, T, T, F, F], "teardown-states": [T] });
    expect(chooseOnPath(eleven, PATH)).toMatchObject({ code: "review", concept: "handshake-numbers" });
    expect(twoMissed.find((m) => m.concept === "handshake-numbers")!.mastery).toBeLessThan(0.4);
    // Three right answers after the miss bring handshake-states back above the mark: no review left.
    const recovered = learner({ "handshake-states": [T, T, T, T, F, T, T, T], "handshake-numbers": [T, T, T], "teardown-states": [] });
    expect(recovered.filter(isMissed)).toEqual([]);
    expect(chooseOnPath(recovered, PATH)).toMatchObject({ code: "path", concept: "teardown-states" });
  });

  it("adapts a guest's session the same way (answers kept in the browser)", () => {
    const history = [
      ...[T, T, T, T, F].map((correct) => ({ concept: "handshake-states", correct })),
      ...[T, T, T].map((correct) => ({ concept: "handshake-numbers", correct })),
      ...[T, F, T].map((correct) => ({ concept: "teardown-states", correct })),
    ];
    expect(chooseOnPath(masteryFromHistory(history), PATH)).toMatchObject({ code: "review", concept: "handshake-states" });
  });
});

it("chooses nothing among no concepts", () => {
  expect(chooseOnPath(completeMastery([]), [])).toBeNull();
});
