import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { parseScenarioJson } from "@/lib/tcp";
import { importFailureMessage } from "./import-message";

const en = createTranslator(messages.en, "simulator", "en");
const zh = createTranslator(messages.zh, "simulator", "zh");
const fail = (text: string) => {
  const parsed = parseScenarioJson(text);
  if (parsed.ok) throw new Error("expected a failure");
  return parsed;
};

describe("importFailureMessage", () => {
  it("never shows the JSON parser's own words", () => {
    for (const [locale, t] of [
      ["en", en],
      ["zh", zh],
    ] as const) {
      const text = importFailureMessage(fail("{ nope"), locale, t);
      expect(text).not.toMatch(/Unexpected|position|JSON at|token/i);
      expect(text).toBe(t("importNotJson"));
    }
  });

  it("names the field in Chinese without English sentences in it", () => {
    const failure = fail(JSON.stringify({ isn: { A: 1, B: 2 }, steps: [{ call: "listen", on: "C" }] }));
    const text = importFailureMessage(failure, "zh", zh);
    expect(text).toContain("steps[0]");
    expect(text.replace(/steps\[\d+\](\.\w+)*/g, "")).not.toMatch(/[a-z]{3,}/i);
    expect(importFailureMessage(failure, "en", en)).toMatch(/^Nothing was loaded: steps\[0\]/);
  });
});
