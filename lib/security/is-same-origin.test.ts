import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./is-same-origin";

const url = "http://localhost:3000/api/practice/answer";
const check = (headers: Record<string, string>) => isSameOrigin(new Headers({ host: "localhost:3000", ...headers }), url);

describe("isSameOrigin", () => {
  it("accepts the app's own origin and requests without one", () => {
    expect(check({ origin: "http://localhost:3000" })).toBe(true);
    expect(check({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({})).toBe(true);
  });

  it("refuses other sites, opaque origins and cross-site fetches", () => {
    expect(check({ origin: "https://evil.example" })).toBe(false);
    expect(check({ origin: "http://localhost:3001" })).toBe(false);
    expect(check({ origin: "null" })).toBe(false);
    expect(check({ origin: "not a url" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site" })).toBe(false);
  });
});
