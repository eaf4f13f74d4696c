import { describe, expect, it } from "vitest";
import { canonicalTimeZone, localDate, localDates, startOfLocalDay } from "./time-zone";

describe("time zones", () => {
  it("knows IANA names and refuses others", () => {
    expect(canonicalTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
  });

  it("finds the learner's midnight", () => {
    const instant = new Date("2026-05-04T17:30:00Z");
    expect(startOfLocalDay(instant, "UTC").toISOString()).toBe("2026-05-04T00:00:00.000Z");
    // 01:30 on 5 May in Shanghai (UTC+8): the day began at 16:00 UTC on 4 May.
    expect(startOfLocalDay(instant, "Asia/Shanghai").toISOString()).toBe("2026-05-04T16:00:00.000Z");
    expect(localDate(instant, "Asia/Shanghai")).toBe("2026-05-05");
    expect(startOfLocalDay(instant, "America/Los_Angeles").toISOString()).toBe("2026-05-04T07:00:00.000Z");
  });

  it("handles a day that starts right after a daylight-saving change", () => {
    // Berlin moves to summer time at 01:00 UTC on 29 March 2026; that day began at 23:00 UTC on the 28th.
    expect(startOfLocalDay(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay(new Date("2026-03-30T12:00:00Z"), "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("begins a day whose midnight the clocks skip at its first minute, and one whose midnight comes twice at the later", () => {
    // Havana springs forward at 00:00 on 8 March 2026 (UTC−5 → UTC−4): the day's first minute is 01:00, 05:00 UTC.
    const havana = startOfLocalDay(new Date("2026-03-08T16:00:00Z"), "America/Havana");
    expect(havana.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(localDate(havana, "America/Havana")).toBe("2026-03-08");
    // Santiago springs forward at 00:00 on 6 September 2026 (UTC−4 → UTC−3): 01:00 local, 04:00 UTC.
    expect(startOfLocalDay(new Date("2026-09-06T15:00:00Z"), "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    // Santiago falls back at 00:00 on 5 April 2026 (UTC−3 → UTC−4): the clocks return to 23:00 on the
    // 4th, so the 5th begins at the midnight that follows, 04:00 UTC.
    expect(startOfLocalDay(new Date("2026-04-05T15:00:00Z"), "America/Santiago").toISOString()).toBe("2026-04-05T04:00:00.000Z");
  });

  it("lists the coming local dates across a month end", () => {
    expect(localDates(new Date("2026-01-30T20:00:00Z"), "Asia/Shanghai", 4)).toEqual(["2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03"]);
  });
});
