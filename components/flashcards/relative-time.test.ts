import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

describe("relativeTime", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it("speaks in the largest sensible unit", () => {
    expect(relativeTime(later(3 * 3600), now, "en")).toBe("in 3 hours");
    expect(relativeTime(later(20), now, "en")).toBe("in 1 minute");
  });

  it("puts a space between the number and the Chinese word", () => {
    expect(relativeTime(later(3 * 3600), now, "zh")).toBe("3 小时后");
    expect(relativeTime(later(10 * 60), now, "zh")).toBe("10 分钟后");
    expect(relativeTime(later(86_400), now, "zh")).toBe("明天");
  });
});
