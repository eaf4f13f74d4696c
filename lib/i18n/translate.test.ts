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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [namespace, table] of Object.entries(messages.en)) {
      for (const [key, text] of Object.entries(table)) {
        const zhText = (messages.zh as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? "";
        expect(placeholders(zhText), `${namespace}.${key}`).toEqual(placeholders(text));
      }
    }
  });
});
