import { describe, expect, it } from "vitest";
import { weeklyAccuracy } from "./accuracy";

describe("weeklyAccuracy", () => {
  it("buckets days into Monday weeks, the current one last, with empty weeks at null", () => {
    const weeks = weeklyAccuracy(
      [
        { day: "2026-11-23", answers: 4, correct: 3 },
        { day: "2026-11-25", answers: 6, correct: 2 },
        { day: "2026-11-15", answers: 2, correct: 2 },
        { day: "2026-01-01", answers: 50, correct: 0 },
      ],
      "2026-11-25",
      4,
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weeks.map((w) => w.answers)).toEqual([0, 2, 0, 10]);
    expect(weeks.map((w) => w.accuracy)).toEqual([null, 1, null, 0.5]);
  });
});
