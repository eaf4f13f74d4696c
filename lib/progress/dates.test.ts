import { describe, expect, it } from "vitest";
import { addDays, dayInTimeZone, daysBetween, isDay, startOfWeek, weekdayIndex } from "./dates";

describe("day arithmetic", () => {
  it("crosses months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2026-03-10", "2026-03-01")).toBe(-9);
  });

  it("starts weeks on Monday", () => {
    expect(weekdayIndex("2026-11-23")).toBe(0); // a Monday
    expect(weekdayIndex("2026-11-29")).toBe(6); // a Sunday
    expect(startOfWeek("2026-11-29")).toBe("2026-11-23");
    expect(startOfWeek("2026-11-23")).toBe("2026-11-23");
  });

  it("recognises real days only", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-2-1")).toBe(false);
  });

  it("names the day of an instant in a time zone", () => {
    const instant = new Date("2026-06-30T20:30:00Z");
    expect(dayInTimeZone(instant, "UTC")).toBe("2026-06-30");
    expect(dayInTimeZone(instant, "Asia/Shanghai")).toBe("2026-07-01");
    expect(dayInTimeZone(new Date("2026-07-01T03:00:00Z"), "America/Los_Angeles")).toBe("2026-06-30");
  });
});
