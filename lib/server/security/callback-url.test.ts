import { describe, expect, it } from "vitest";
import { isDecodablePath, isValidCallbackUrl, malformedCallbackCookies, withoutCookies } from "./callback-url";

const origin = "http://localhost:3000";

describe("isValidCallbackUrl", () => {
  it("accepts paths and absolute URLs on the app's origin", () => {
    for (const value of ["/", "/progress?x=1", "/practice%E3%80%80", "http://localhost:3000/teach"]) expect(isValidCallbackUrl(value, origin), value).toBe(true);
  });

  it("refuses other origins, other schemes, protocol-relative and unparsable values", () => {
    for (const value of ["x", "javascript:alert(1)", "//[", "//evil.example", "/\\evil.example", "https://evil.example/", "http://localhost:3001/", "/a\nb", "", "data:text/html,x"]) {
      expect(isValidCallbackUrl(value, origin), value).toBe(false);
    }
  });
});

describe("callback cookies", () => {
  it("names the malformed callback cookies and drops them from a Cookie header", () => {
    const header = "a=1; authjs.callback-url=%2F%2F%5B; b=2";
    expect(malformedCallbackCookies(header, origin)).toEqual(["authjs.callback-url"]);
    expect(withoutCookies(header, ["authjs.callback-url"], (value) => isValidCallbackUrl(value, origin))).toBe("a=1; b=2");
    expect(malformedCallbackCookies("authjs.callback-url=%2Fprogress", origin)).toEqual([]);
    expect(malformedCallbackCookies("authjs.callback-url=%E0%A4%A", origin)).toEqual(["authjs.callback-url"]);
    expect(malformedCallbackCookies(null, origin)).toEqual([]);
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
