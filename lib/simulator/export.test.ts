import { describe, expect, it } from "vitest";
import { parseScenario, parseScenarioJson } from "@/lib/tcp";
import { exportFileName, formatScenarioJson } from "./export";
import { PRESETS } from "./presets";

describe("formatScenarioJson", () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))("writes the %s preset as JSON that parses back the same", (_id, input) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.message);
    const text = formatScenarioJson(parsed.scenario);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario: parsed.scenario });
    expect(text.split("\n").filter((line) => line.trim().startsWith('{"')).length).toBe(parsed.scenario.steps.length);
  });

  it("handles a scenario without steps", () => {
    const text = formatScenarioJson({ isn: { A: 1, B: 2 }, steps: [] });
    expect(JSON.parse(text)).toEqual({ isn: { A: 1, B: 2 }, steps: [] });
  });
});

describe("exportFileName", () => {
  it("keeps letters and digits of any script and nothing a file system could trip on", () => {
    expect(exportFileName({ title: "Lost ACK / retry #2" })).toBe("Lost-ACK-retry-2.json");
    expect(exportFileName({ title: "丢失的 ACK" })).toBe("丢失的-ACK.json");
    expect(exportFileName({ title: "../.." })).toBe("scenario.json");
    expect(exportFileName({})).toBe("scenario.json");
  });
});
