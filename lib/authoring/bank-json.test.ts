import { describe, expect, it } from "vitest";
import { findPreset } from "../simulator/presets";
import { BANK_FORMAT, MAX_IMPORT, readBankFile, toBankFile } from "./bank-json";
import { parseSpec } from "./problems";

const spec = (() => {
  const parsed = parseSpec({
    title: { en: "Ack", zh: "确认号" },
    concept: "handshake-numbers",
    difficulty: 1,
    scenario: findPreset("handshake")!.scenario,
    ask: { kind: "segment", segment: 2, field: "ack" },
    vary: { isns: true, swapSides: false, msl: [], rto: [], dropStep: null },
    prompt: { en: "", zh: "" },
  });
  if (!parsed.ok) throw new Error("bad fixture");
  return parsed.spec;
})();

const problemsOf = (text: string) => {
  const r = readBankFile(text);
  return r.ok ? [] : r.problems.map((p) => p.message.en);
};

describe("the bank file", () => {
  it("reads back what it writes, spec for spec", () => {
    const file = JSON.stringify(toBankFile([spec, spec], new Date("2026-01-01T00:00:00Z")));
    const read = readBankFile(file);
    expect(read.ok && read.specs.map((s) => parseSpec(s))).toEqual([
      { ok: true, spec },
      { ok: true, spec },
    ]);
  });

  it("refuses 10,000 questions with a message and reads none of them", () => {
    const questions = Array.from({ length: 10_000 }, () => ({ spec: {} }));
    const text = JSON.stringify({ format: BANK_FORMAT, version: 1, questions });
    expect(problemsOf(text)).toEqual([`The file holds 10000 questions; import at most ${MAX_IMPORT} at a time. Nothing was imported.`]);
    expect(problemsOf(JSON.stringify({ format: BANK_FORMAT, version: 1, questions: Array.from({ length: 10_000 }, () => ({ spec })) }))).toEqual([
      expect.stringMatching(/^The file is larger than/),
    ]);
  });

  it("refuses another version, extra fields, another file and no JSON at all", () => {
    expect(problemsOf(JSON.stringify({ format: BANK_FORMAT, version: 2, questions: [] }))).toEqual([
      "The file is version 2 of the bank format; this Handshake reads version 1.",
    ]);
    expect(problemsOf(JSON.stringify({ format: BANK_FORMAT, version: 1, questions: [{ spec, note: 1 }] }))).toEqual(["questions.0 has an unknown field note."]);
    expect(problemsOf(JSON.stringify({ format: BANK_FORMAT, version: 1, questions: [], owner: "x" }))).toEqual(["The file has an unknown field owner."]);
    expect(problemsOf(JSON.stringify({ isn: { A: 1, B: 2 }, steps: [] }))).toEqual(["The file is not a Handshake question bank."]);
    expect(problemsOf("{not json")).toEqual(["The file is not JSON: export it from Handshake's question bank."]);
  });
});
