import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { duration } from "./format";

const wordsFor = (locale: "en" | "zh") => {
  const t = createTranslator(messages[locale], "practice", locale);
  return { seconds: (s: string) => t("durationSeconds", { s }), minutes: (m: string, s: string) => t("durationMinutes", { m, s }) };
};

describe("duration", () => {
  it("speaks the reader's language: never '用时 3 s'", () => {
    expect(duration(3_000, "—", wordsFor("zh"))).toBe("3 秒");
    expect(duration(245_000, "—", wordsFor("zh"))).toBe("4 分 05 秒");
    expect(duration(245_000, "—", wordsFor("en"))).toBe("4 min 05 s");
    expect(duration(null, "—", wordsFor("en"))).toBe("—");
  });
});
