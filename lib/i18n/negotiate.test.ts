import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./negotiate";

describe("localeFromAcceptLanguage", () => {
  it("defaults to English without a header", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
  });

  it("maps every Chinese variant to zh", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9")).toBe("zh");
    expect(localeFromAcceptLanguage("zh-Hans-CN")).toBe("zh");
    expect(localeFromAcceptLanguage("ZH-tw")).toBe("zh");
  });

  it("honours quality values over order", () => {
    expect(localeFromAcceptLanguage("en;q=0.5, zh;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("zh;q=0.4, en-GB;q=0.9")).toBe("en");
  });

  it("skips languages it does not speak and ranges with q=0", () => {
    expect(localeFromAcceptLanguage("fr-FR, de;q=0.9, zh;q=0.1")).toBe("zh");
    expect(localeFromAcceptLanguage("zh;q=0, fr")).toBe("en");
  });

  it("falls back to English on a malformed header", () => {
    expect(localeFromAcceptLanguage(";;;, q=abc")).toBe("en");
  });
});
