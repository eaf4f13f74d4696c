import { describe, expect, it } from "vitest";
import { DEFAULT_SEQUENCE_LABELS } from "@/components/diagram/sequence-labels";
import { DEFAULT_EDGE_TEXT, DEFAULT_STATE_LABELS } from "@/components/diagram/state-labels";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { sequenceLabels, stateLabels } from "./diagram-labels";

const en = createTranslator(messages.en, "simulator");
const zh = createTranslator(messages.zh, "simulator");

describe("diagram labels", () => {
  it("label every edge the state diagram draws, in both languages", () => {
    expect(Object.keys(stateLabels(en).edges ?? {}).sort()).toEqual(Object.keys(DEFAULT_EDGE_TEXT).sort());
    for (const text of Object.values(stateLabels(zh).edges ?? {})) expect(text).toMatch(/[\u4e00-\u9fff]|^CLOSE/);
  });

  it("say in English what the diagrams say by default, so the English page reads the same everywhere", () => {
    expect(stateLabels(en).edges).toEqual(DEFAULT_EDGE_TEXT);
    // The simulator's figure is live, so its name and "still in flight" (not "at the end") differ.
    const sequence = sequenceLabels(en);
    for (const [key, text] of Object.entries(sequence)) {
      if (key !== "diagramName" && key !== "inFlight") expect(text, key).toBe(DEFAULT_SEQUENCE_LABELS[key as keyof typeof sequence]);
    }
    for (const key of ["summary", "current", "lastTransition", "stub", "stubLegend"] as const) expect(stateLabels(en)[key]).toBe(DEFAULT_STATE_LABELS[key]);
  });

  it("keep every placeholder of the English sequence labels in the Chinese ones", () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    const chinese: Record<string, unknown> = sequenceLabels(zh);
    for (const [key, text] of Object.entries(sequenceLabels(en))) expect(placeholders(String(chinese[key])), key).toEqual(placeholders(String(text)));
  });
});
