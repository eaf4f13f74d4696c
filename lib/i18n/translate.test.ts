import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { messages } from "./messages";
import { createTranslator, interpolate, translateReference } from "./translate";

describe("interpolate", () => {
  it("fills every placeholder that has a value", () => {
    expect(interpolate("Hi {name}, {count} new", { name: "Ada", count: 3 })).toBe("Hi Ada, 3 new");
  });

  it("leaves unknown placeholders visible instead of printing undefined", () => {
    expect(interpolate("Hi {name}", { other: "x" })).toBe("Hi {name}");
    expect(interpolate("Hi {name}")).toBe("Hi {name}");
  });

  it("does not read inherited properties as values", () => {
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });
});

describe("createTranslator", () => {
  it("reads the namespace of the chosen locale", () => {
    expect(createTranslator(messages.en, "nav")("signOut")).toBe("Sign out");
    expect(createTranslator(messages.zh, "nav")("signOut")).toBe("退出登录");
  });

  it("interpolates", () => {
    expect(createTranslator(messages.en, "home")("welcomeBack", { name: "Ada" })).toBe("Welcome back, Ada.");
  });
});

describe("translateReference", () => {
  it("resolves namespace.key references", () => {
    expect(translateReference(messages.zh, "auth.emailTaken")).toBe(messages.zh.auth.emailTaken);
    expect(translateReference(messages.en, "auth.locked", { minutes: 15 })).toContain("15 minutes");
  });

  it("returns null for anything that is not a message", () => {
    expect(translateReference(messages.en, "Invalid input")).toBeNull();
    expect(translateReference(messages.en, "auth.noSuchKey")).toBeNull();
    expect(translateReference(messages.en, "constructor.name")).toBeNull();
    expect(translateReference(messages.en, "auth.constructor")).toBeNull();
  });
});

describe("the catalogues", () => {
  // tsc already enforces identical keys; this catches an empty string or an untranslated copy-paste.
  it("has a non-empty message for every key in every locale", () => {
    for (const locale of LOCALES) {
      for (const [namespace, table] of Object.entries(messages[locale])) {
        for (const [key, text] of Object.entries(table)) {
          expect(text.trim(), `${locale}.${namespace}.${key}`).not.toBe("");
        }
      }
    }
  });

  it("keeps the same placeholders in every translation", () => {
    // A plural's argument ("{n, plural, ...}") counts as a placeholder: zh may say "{n} 名学生".
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    for (const [namespace, table] of Object.entries(messages.en)) {
      for (const [key, text] of Object.entries(table)) {
        const zhText = (messages.zh as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? "";
        expect(placeholders(zhText), `${namespace}.${key}`).toEqual(placeholders(text));
      }
    }
  });
});

describe("plurals (ICU plural syntax, CLDR rules through Intl.PluralRules)", () => {
  const attempts = "{n, plural, one {# attempt} other {# attempts}} left";
  it("picks English's one and other", () => {
    expect(interpolate(attempts, { n: 1 }, "en")).toBe("1 attempt left");
    expect(interpolate(attempts, { n: 0 }, "en")).toBe("0 attempts left");
    expect(interpolate(attempts, { n: 2 }, "en")).toBe("2 attempts left");
    expect(interpolate(attempts, { n: 21 }, "en")).toBe("21 attempts left");
  });

  it("uses Chinese's single form, whatever the number", () => {
    expect(interpolate("{n, plural, one {# 次 (one)} other {# 次}}", { n: 1 }, "zh-CN")).toBe("1 次");
  });

  it("prefers an exact =N branch and fills placeholders inside branches", () => {
    const text = "{n, plural, =0 {No students in {name}} one {# student in {name}} other {# students in {name}}}";
    expect(interpolate(text, { n: 0, name: "A" })).toBe("No students in A");
    expect(interpolate(text, { n: 1, name: "A" })).toBe("1 student in A");
  });

  it("leaves a plural without its number visible", () => {
    expect(interpolate(attempts, { m: 1 })).toBe(attempts);
  });

  it("reaches the catalogue through createTranslator with the locale", () => {
    expect(createTranslator(messages.en, "teach", "en")("studentCount", { n: 1 })).toBe("1 student");
    expect(createTranslator(messages.en, "teach", "en")("studentCount", { n: 3 })).toBe("3 students");
    expect(createTranslator(messages.zh, "teach", "zh")("studentCount", { n: 1 })).not.toMatch(/[{}#]/);
  });

  it("has no English message that prints a number next to a plural noun without plural rules", () => {
    // "{n} students", "{weeks} weeks", "Wait {seconds} seconds": each must go through {x, plural, ...}.
    const bare = /\{(\w+)\} (attempts|questions|weeks|days|active days|students|seconds|cards|answers|reviews|minutes|bytes|segments|steps|assignments)\b/;
    for (const [namespace, table] of Object.entries(messages.en)) {
      for (const [key, text] of Object.entries(table)) {
        expect(bare.test(text), `${namespace}.${key}: ${text}`).toBe(false);
      }
    }
  });
});

describe("plurals of numbers passed already formatted", () => {
  it("chooses by the value and prints the text as given", () => {
    expect(interpolate("{n, plural, one {# card} other {# cards}}", { n: "1" })).toBe("1 card");
    expect(interpolate("{n, plural, one {# card} other {# cards}}", { n: "1,234" })).toBe("1,234 cards");
  });
});
