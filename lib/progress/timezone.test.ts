import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, normalizeTimeZone } from "./timezone";

describe("normalizeTimeZone", () => {
  it("keeps zones the runtime knows", () => {
    expect(normalizeTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(normalizeTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(normalizeTimeZone("Etc/GMT+5")).toBe("Etc/GMT+5");
  });

  it("falls back to UTC for anything else", () => {
    for (const bad of [undefined, null, "", "Mars/Olympus_Mons", "'; DROP TABLE x; --", "a".repeat(80), "../etc"]) {
      expect(normalizeTimeZone(bad)).toBe(DEFAULT_TIME_ZONE);
    }
  });
});
