import { describe, expect, it } from "vitest";
import { dateTimeFormat, intlCacheSize, numberFormat, pluralRules, relativeTimeFormat } from "./intl-cache";

describe("the Intl formatter cache", () => {
  it("hands out one formatter per locale and options", () => {
    expect(dateTimeFormat("en", { weekday: "short", timeZone: "UTC" })).toBe(dateTimeFormat("en", { weekday: "short", timeZone: "UTC" }));
    expect(numberFormat("zh-CN")).toBe(numberFormat("zh-CN"));
    expect(pluralRules("en")).toBe(pluralRules("en"));
  });

  it("keeps formatters of different locales or options apart", () => {
    const day = new Date(Date.UTC(2026, 11, 7));
    expect(dateTimeFormat("en", { weekday: "long", timeZone: "UTC" }).format(day)).toBe("Monday");
    expect(dateTimeFormat("zh-CN", { weekday: "long", timeZone: "UTC" }).format(day)).toBe("星期一");
    expect(dateTimeFormat("en", { weekday: "short", timeZone: "UTC" }).format(day)).toBe("Mon");
    expect(numberFormat("en").format(12345)).toBe("12,345");
    expect(numberFormat("en", { useGrouping: false }).format(12345)).toBe("12345");
    expect(relativeTimeFormat("en", { numeric: "auto" }).format(1, "day")).toBe("tomorrow");
    expect(relativeTimeFormat("en").format(1, "day")).toBe("in 1 day");
  });

  it("stays bounded when asked for many time zones", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    for (const hourCycle of ["h11", "h23"] as const) {
      for (const timeZone of zones) dateTimeFormat("en", { timeZone, hour: "numeric", hourCycle });
    }
    expect(2 * zones.length).toBeGreaterThan(500);
    expect(intlCacheSize()).toBeLessThanOrEqual(500);
    // Still correct after the cache has been cleared and refilled.
    expect(dateTimeFormat("en-US", { timeZone: "Asia/Shanghai", hour: "numeric", hourCycle: "h23" }).format(day0())).toBe("08");
  });
});

const day0 = () => new Date(Date.UTC(2026, 0, 1, 0, 0));
