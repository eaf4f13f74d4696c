import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/content/random";
import { MASTERY_DECAY, MASTERY_WINDOW, masteryFromOutcomes, peakMasteryFromOutcomes } from "./mastery";

// The definitions written out the slow, obvious way: the in-place loops must agree with them exactly.
function definedMastery(newestFirst: boolean[]): number {
  const kept = newestFirst.slice(0, MASTERY_WINDOW);
  const weights = kept.map((_, age) => MASTERY_DECAY ** age);
  return kept.reduce((sum, correct, age) => sum + (correct ? weights[age]! : 0), 0) / weights.reduce((sum, w) => sum + w, 1);
}
function definedPeak(newestFirst: boolean[]): number {
  const kept = newestFirst.slice(0, MASTERY_WINDOW);
  return Math.max(0, ...kept.map((_, age) => definedMastery(kept.slice(age))));
}

describe("mastery and its peak", () => {
  it("agree with their definitions for random histories of any length", () => {
    const rng = mulberry32(20261207);
    const random = () => rng.next();
    for (let run = 0; run < 500; run++) {
      const length = Math.floor(random() * (MASTERY_WINDOW + 15));
      const share = random();
      const history = Array.from({ length }, () => random() < share);
      expect(masteryFromOutcomes(history)).toBeCloseTo(definedMastery(history), 12);
      expect(peakMasteryFromOutcomes(history)).toBeCloseTo(definedPeak(history), 12);
    }
  });

  it("read 0 with no answers, one lucky answer as a half, and never reach 1", () => {
    expect(masteryFromOutcomes([])).toBe(0);
    expect(peakMasteryFromOutcomes([])).toBe(0);
    expect(masteryFromOutcomes([true])).toBe(0.5);
    const perfect = Array.from({ length: 40 }, () => true);
    expect(masteryFromOutcomes(perfect)).toBeLessThan(1);
    expect(peakMasteryFromOutcomes(perfect)).toBe(masteryFromOutcomes(perfect));
  });

  it("remember the best point in the window, not one before it", () => {
    const history = [false, false, ...Array.from({ length: 10 }, () => true)];
    expect(peakMasteryFromOutcomes(history)).toBe(masteryFromOutcomes(history.slice(2)));
    // Answers older than the window do not count towards the peak.
    const old = [...Array.from({ length: MASTERY_WINDOW }, () => false), ...Array.from({ length: 10 }, () => true)];
    expect(peakMasteryFromOutcomes(old)).toBe(0);
  });
});
