import { describe, expect, it } from "vitest";
import { formatScore, scoreColor } from "./score-color";

describe("scoreColor", () => {
  it("runs from red through amber to green", () => {
    expect(scoreColor(0)).toBe("#dc2626");
    expect(scoreColor(0.5)).toBe("#d97706");
    expect(scoreColor(1)).toBe("#16a34a");
  });

  it("interpolates between the stops and clamps outside 0..1", () => {
    const quarter = scoreColor(0.25)!;
    expect(quarter).not.toBe(scoreColor(0));
    expect(quarter).not.toBe(scoreColor(0.5));
    expect(parseInt(quarter.slice(1, 3), 16)).toBeGreaterThan(217);
    expect(scoreColor(-1)).toBe(scoreColor(0));
    expect(scoreColor(7)).toBe(scoreColor(1));
  });

  it("has no colour without data", () => {
    expect(scoreColor(null)).toBeNull();
    expect(scoreColor(undefined)).toBeNull();
    expect(scoreColor(Number.NaN)).toBeNull();
  });

  it("formats a score as a percentage", () => {
    expect(formatScore(0.724)).toBe("72%");
    expect(formatScore(1)).toBe("100%");
  });
});
