import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { DIAGRAM_LABEL_KEYS, diagramLabels } from "./diagram-labels";

describe("DIAGRAM_LABEL_KEYS", () => {
  it("holds every message diagramLabels reads: with only those keys, no label falls back to its key", () => {
    for (const locale of ["en", "zh"] as const) {
      const only = Object.fromEntries(DIAGRAM_LABEL_KEYS.map((key) => [key, messages[locale].practice[key]]));
      const t = createTranslator({ practice: only } as unknown as typeof messages.en, "practice", locale);
      const labels = diagramLabels(t);
      const fallbacks = Object.entries(labels).filter(([, text]) => String(text).includes("practice.diagram_"));
      expect(fallbacks).toEqual([]);
      expect(Object.keys(labels).length).toBe(DIAGRAM_LABEL_KEYS.length);
    }
  });
});
