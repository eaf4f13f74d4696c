import { describe, expect, it } from "vitest";
import { isDecodablePath, isValidCallbackUrl, malformedCallbackCookies, withoutMalformedCallbackCookies } from "./callback-url";

const origin = "http://localhost:3000";

describe("isValidCallbackUrl", () => {
  it("accepts paths and absolute URLs on the app's origin", () => {
    for (const value of ["/", "/progress?x=1", "/practice%E3%80%80", "http://localhost:3000/teach"])
      expect(isValidCallbackUrl(value, origin), value).toBe(true);
  });

  it("refuses other origins, other schemes, protocol-relative and unparsable values", () => {
    for (const value of [
      "x",
      "javascript:alert(1)",
      "//[",
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "http://localhost:3001/",
      "/a\nb",
      "",
      "data:text/html,x",
    ]) {
      expect(isValidCallbackUrl(value, origin), value).toBe(false);
    }
  });
});

describe("callback cookies", () => {
  it("names the callback cookies Auth.js cannot read and drops them from a Cookie header", () => {
    const header = "a=1; authjs.callback-url=%2F%2F%5B; b=2";
    expect(malformedCallbackCookies(header)).toEqual(["authjs.callback-url"]);
    expect(withoutMalformedCallbackCookies(header)).toBe("a=1; b=2");
    expect(malformedCallbackCookies("authjs.callback-url=%2Fprogress")).toEqual([]);
    expect(malformedCallbackCookies("authjs.callback-url=%E0%A4%A")).toEqual(["authjs.callback-url"]);
    expect(malformedCallbackCookies("__Secure-authjs.callback-url=javascript%3Aalert(1)")).toEqual(["__Secure-authjs.callback-url"]);
    expect(malformedCallbackCookies(null)).toEqual([]);
  });

  it("keeps a readable cookie whatever host it names, so the proxy does not clear what Auth.js sets again", () => {
    // Auth.js sets the browser's origin; the server may call itself localhost meanwhile.
    for (const value of ["http%3A%2F%2F127.0.0.1%3A3100", "https%3A%2F%2Fhandshake.example%2Fpractice"]) {
      expect(malformedCallbackCookies(`authjs.callback-url=${value}`), value).toEqual([]);
      expect(withoutMalformedCallbackCookies(`a=1; authjs.callback-url=${value}`), value).toBeNull();
    }
  });
});

describe("isDecodablePath", () => {
  it("refuses malformed percent-encoding in any segment", () => {
    expect(isDecodablePath("/assignments/abc")).toBe(true);
    expect(isDecodablePath("/practice%E3%80%80")).toBe(true);
    expect(isDecodablePath("/assignments/%E0%A4%A")).toBe(false);
    expect(isDecodablePath("/classes/join/abc%")).toBe(false);
    expect(isDecodablePath("/api/teach/assignments/%E0%A4%A/results")).toBe(false);
  });
});
