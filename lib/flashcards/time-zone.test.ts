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

  it("lists the coming local dates across a month end", () => {
    expect(localDates(new Date("2026-01-30T20:00:00Z"), "Asia/Shanghai", 4)).toEqual(["2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03"]);
  });
});
