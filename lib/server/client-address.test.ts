import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders } from "./client-address";

describe("clientAddressFromHeaders", () => {
  it("takes the entry added by the nearest proxy", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddressFromHeaders(new Headers())).toBeNull();
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": " , " }))).toBeNull();
  });

  it("bounds the length", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "a".repeat(500) }))).toHaveLength(64);
  });
});
