import { describe, expect, it } from "vitest";
import { addDays, dayInTimeZone, daysBetween, isDay, startOfDayInstant, startOfWeek, startsOfDays, weekdayIndex } from "./dates";

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

describe("startOfDayInstant", () => {
  it("is local midnight, as a UTC instant", () => {
    expect(new Date(startOfDayInstant("2026-07-01", "UTC")).toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(new Date(startOfDayInstant("2026-07-01", "Asia/Shanghai")).toISOString()).toBe("2026-06-30T16:00:00.000Z");
    expect(new Date(startOfDayInstant("2026-07-01", "America/Los_Angeles")).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(new Date(startOfDayInstant("2026-07-01", "Asia/Kolkata")).toISOString()).toBe("2026-06-30T18:30:00.000Z");
  });

  it("follows daylight-saving changes, including a day whose midnight does not exist", () => {
    // Europe/Berlin changes at 02:00: both days still start at midnight, an hour apart in UTC terms.
    expect(new Date(startOfDayInstant("2026-03-29", "Europe/Berlin")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(startOfDayInstant("2026-03-30", "Europe/Berlin")).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // Chile springs forward at midnight: 2026-09-06 begins at 01:00 local, 04:00 UTC.
    const start = startOfDayInstant("2026-09-06", "America/Santiago");
    expect(dayInTimeZone(new Date(start), "America/Santiago")).toBe("2026-09-06");
    expect(dayInTimeZone(new Date(start - 1), "America/Santiago")).toBe("2026-09-05");
  });

  it("puts every instant of a day between its start and the next day's", () => {
    for (const zone of ["UTC", "Asia/Shanghai", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"]) {
      for (const day of ["2026-01-15", "2026-04-05", "2026-10-04", "2026-11-01"]) {
        const start = startOfDayInstant(day, zone);
        const end = startOfDayInstant(addDays(day, 1), zone);
        expect(dayInTimeZone(new Date(start), zone), `${zone} ${day}`).toBe(day);
        expect(dayInTimeZone(new Date(end - 1), zone), `${zone} ${day}`).toBe(day);
      }
    }
  });
});

describe("startsOfDays", () => {
  // Zones with a midnight skipped (Havana, Santiago), a half-hour change (Lord Howe), a change at
  // 02:45 (Chatham), none at all (Kathmandu, UTC), and the usual ones.
  const zones = [
    "UTC",
    "Asia/Shanghai",
    "Asia/Kathmandu",
    "America/New_York",
    "Europe/London",
    "America/Havana",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "Asia/Beirut",
  ];

  it.each(zones)("gives what startOfDayInstant gives for every day of two years in %s", (timeZone) => {
    const first = "2025-01-01";
    const last = "2026-12-31";
    const starts = startsOfDays(first, last, timeZone);
    expect(starts).toHaveLength(daysBetween(first, last) + 1);
    starts.forEach((start, k) => expect(start, addDays(first, k)).toBe(startOfDayInstant(addDays(first, k), timeZone)));
  });

  it("is empty for a range that ends before it starts, and one day for one", () => {
    expect(startsOfDays("2026-03-02", "2026-03-01", "UTC")).toEqual([]);
    expect(startsOfDays("2026-03-01", "2026-03-01", "Asia/Shanghai")).toEqual([startOfDayInstant("2026-03-01", "Asia/Shanghai")]);
  });
});
