import { describe, expect, it } from "vitest";
import { computeStreaks } from "./streak";

const today = "2026-11-24";

describe("computeStreaks", () => {
  it("is zero without activity", () => {
    expect(computeStreaks([], today)).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it("counts consecutive days ending today", () => {
    expect(computeStreaks(["2026-11-22", "2026-11-23", "2026-11-24"], today)).toEqual({ current: 3, longest: 3, activeToday: true });
  });

  it("keeps a streak that ended yesterday alive: today is not over", () => {
    expect(computeStreaks(["2026-11-21", "2026-11-22", "2026-11-23"], today)).toEqual({ current: 3, longest: 3, activeToday: false });
  });

  it("breaks after a missed day", () => {
    expect(computeStreaks(["2026-11-20", "2026-11-21", "2026-11-22"], today).current).toBe(0);
    expect(computeStreaks(["2026-11-19", "2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24"], today)).toMatchObject({ current: 3, longest: 3 });
  });

  it("finds the longest run anywhere, across a month end, ignoring order and duplicates", () => {
    const days = ["2026-10-31", "2026-11-01", "2026-10-30", "2026-11-02", "2026-11-01", "2026-11-24"];
    expect(computeStreaks(days, today)).toEqual({ current: 1, longest: 4, activeToday: true });
  });

  it("ignores days after today", () => {
    expect(computeStreaks(["2026-11-24", "2026-11-25", "2026-11-26"], today)).toEqual({ current: 1, longest: 1, activeToday: true });
  });
});
