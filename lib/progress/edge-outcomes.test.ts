import { describe, expect, it } from "vitest";
import { edgeOutcomes, type TemplateOutcome } from "./edge-outcomes";

const edges: Record<string, string[]> = { open: ["CLOSED>SYN-SENT", "SYN-SENT>ESTABLISHED"], close: ["ESTABLISHED>FIN-WAIT-1", "CLOSED>SYN-SENT"] };
const edgesOf = (id: string) => edges[id] ?? [];
const o = (id: string, templateId: string, correct: boolean, at: number): TemplateOutcome => ({ id, templateId, correct, at });

describe("edgeOutcomes", () => {
  it("counts an answer for every edge its template exercises, newest first", () => {
    const result = edgeOutcomes([o("a", "open", false, 1), o("b", "close", true, 3), o("c", "open", true, 2)], edgesOf, 20);
    expect(result.get("CLOSED>SYN-SENT")).toEqual([true, true, false]);
    expect(result.get("SYN-SENT>ESTABLISHED")).toEqual([true, false]);
    expect(result.get("ESTABLISHED>FIN-WAIT-1")).toEqual([true]);
    expect(result.has("LISTEN>SYN-RECEIVED")).toBe(false);
  });

  it("keeps only the newest answers per edge, breaking time ties by id", () => {
    const result = edgeOutcomes([o("a", "open", false, 5), o("b", "open", true, 5), o("c", "open", false, 1)], edgesOf, 2);
    expect(result.get("SYN-SENT>ESTABLISHED")).toEqual([true, false]);
  });

  it("ignores templates that exercise no edge", () => {
    expect(edgeOutcomes([o("a", "unknown", true, 1)], edgesOf, 20).size).toBe(0);
  });
});
