import { describe, expect, it } from "vitest";
import { grade, parseResponse, toPublic, type Question } from "../questions";
import { findPreset, type PresetId } from "../simulator/presets";
import { parseScenario, seqAdd, simulateDetailed } from "../tcp";
import { generateVariant } from "./generate";
import { parseSpec } from "./problems";
import { checkSpec, previewSpec } from "./preview";
import type { Ask, QuestionSpec, QuestionSpecInput, Vary } from "./spec";
import { variantScenario } from "./variant-params";

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);

function specOf(id: PresetId, ask: Ask, vary: Partial<Vary> = {}, extra: Partial<QuestionSpecInput> = {}): QuestionSpec {
  const parsed = parseSpec({
    title: { en: "Authored", zh: "自编题" },
    concept: "handshake-numbers",
    difficulty: 2,
    scenario: findPreset(id)!.scenario,
    ask,
    vary: { isns: true, swapSides: false, msl: [], rto: [], dropStep: null, ...vary },
    prompt: { en: "", zh: "" },
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.spec;
}

function questions(spec: QuestionSpec): Question[] {
  return SEEDS.map((seed) => {
    const v = generateVariant(spec, "authored:test", seed);
    if (!v.ok) throw new Error(v.failure.message.en);
    return v.question;
  });
}

describe("variants of a question about a segment's numbers", () => {
  const spec = specOf("handshake", { kind: "segment", segment: 2, field: "ack" });

  it("gives each student the engine's ack for their own ISNs, and different students different keys", () => {
    const qs = questions(spec);
    for (const q of qs) {
      const scenario = parseScenario(q.scenario);
      if (!scenario.ok) throw new Error(scenario.message);
      // The SYN,ACK acknowledges the client's SYN: the client's ISN + 1, in this variant's own numbers.
      expect(q.key).toEqual({ kind: "number", value: seqAdd(scenario.scenario.isn.A, 1) });
      expect(q.kind).toBe("number");
      expect(q.prompt.en).toContain("segment 2, from B to A");
      expect(q.prompt.zh).toContain("由 B 发往 A 的报文段 2");
    }
    expect(new Set(qs.map((q) => JSON.stringify(q.key))).size).toBeGreaterThan(SEEDS.length / 2);
  });

  it("grades the key correct, and a SYN counted as nothing as that misconception", () => {
    const q = questions(spec)[0]!;
    const key = q.key.kind === "number" ? q.key.value : NaN;
    expect(grade(q, { kind: "number", value: key }).correct).toBe(true);
    const wrong = grade(q, { kind: "number", value: seqAdd(key, -1) }, "zh");
    expect(wrong.correct).toBe(false);
    expect(wrong.misconception?.id).toBe("syn-takes-no-sequence-number");
    expect(wrong.misconception?.label).toContain("SYN");
    expect(grade(q, { kind: "number", value: 12345 }).misconception?.id).toBe("other");
  });

  it("sends the browser no key: the public question never holds the answer", () => {
    const q = questions(spec)[3]!;
    const shown = JSON.stringify(toPublic(q, "en"));
    expect(shown).not.toContain("keyText");
    expect(shown).not.toContain("distractors");
    // The shown diagram stops before segment 2 is sent.
    expect(toPublic(q, "en").diagram!.trace.segments.map((s) => s.id)).toEqual([1]);
  });

  it("is deterministic: the same seed gives the same variant", () => {
    expect(generateVariant(spec, "authored:x", 77)).toEqual(generateVariant(spec, "authored:x", 77));
  });
});

describe("what varies per student", () => {
  it("swaps the client and the server for about half the students, and the asked side with them", () => {
    const spec = specOf("handshake", { kind: "state", side: "B", step: 2 }, { swapSides: true });
    const runs = SEEDS.map((seed) => generateVariant(spec, "t", seed));
    const swapped = runs.filter((r) => r.ok && r.params.swapped);
    expect(swapped.length).toBeGreaterThan(3);
    expect(swapped.length).toBeLessThan(SEEDS.length - 3);
    for (const r of runs) {
      if (!r.ok) throw new Error(r.failure.message.en);
      const side = r.params.swapped ? "A" : "B";
      // The server has just received the SYN.
      expect(r.question.key).toEqual({ kind: "state", state: "SYN-RECEIVED" });
      expect(r.question.prompt.en).toContain(`What state is ${side} in`);
    }
  });

  it("draws MSL from the teacher's list, and the TIME-WAIT timer follows it", () => {
    const spec = specOf("four-way-close", { kind: "timer", side: "A", step: 9, timer: "time-wait" }, { msl: [30, 60, 120] });
    const seen = new Set<number>();
    for (const seed of SEEDS) {
      const r = generateVariant(spec, "t", seed);
      if (!r.ok) throw new Error(r.failure.message.en);
      seen.add(r.params.msl);
      expect(r.question.key).toEqual({ kind: "number", value: 2 * r.params.msl });
      const oneMsl = r.question.distractors.find((d) => d.misconception === "time-wait-one-msl");
      expect(oneMsl?.response).toEqual({ kind: "number", value: r.params.msl });
    }
    expect(seen).toEqual(new Set([30, 60, 120]));
  });

  it("drops the chosen segment for some students, and says which step fails for the others", () => {
    const spec = specOf("lost-last-ack", { kind: "lost-segment" }, { dropStep: 10, isns: false });
    const preview = previewSpec(spec, SEEDS);
    expect(preview.problems).toEqual([]);
    const failed = preview.variants.filter((v) => !v.ok);
    const passed = preview.variants.filter((v) => v.ok);
    expect(failed.length).toBeGreaterThan(0);
    expect(passed.length).toBeGreaterThan(0);
    for (const v of failed) {
      expect(v.params.dropped).toBe(false);
      // With segment 7 delivered, B never retransmits: step 13 delivers a segment that does not exist.
      if (v.ok) continue;
      expect(v.failure.step).toBe(12);
      expect(v.failure.message.en).toMatch(/^Step 13 fails: .*segment 8/);
      expect(v.failure.message.zh).toMatch(/^第 13 步失败/);
    }
    for (const v of passed) {
      if (!v.ok) continue;
      const key = v.question.key.kind === "choice" ? v.question.key.choice : "";
      const input = v.question.input.en;
      expect(input.kind === "choice" && input.options.find((o) => o.id === key)?.text).toContain("Segment 7 (ACK");
      // The shown diagram does not tell which arrow arrived.
      expect(v.question.diagram!.trace.segments.every((s) => s.fate === "in-flight")).toBe(true);
    }
    expect(preview.warnings.map((w) => w.en).join(" ")).toMatch(/variants fail/);
  });

  it("warns when the key is the same for every student", () => {
    const fixed = previewSpec(specOf("handshake", { kind: "state", side: "A", step: 3 }, { isns: false }));
    expect(fixed.warnings.map((w) => w.en).join(" ")).toMatch(/same in every variant/);
    const varied = previewSpec(specOf("handshake", { kind: "segment", segment: 3, field: "seq" }));
    expect(varied.warnings).toEqual([]);
  });
});

describe("the other kinds of ask", () => {
  it("writes flags in the glossary's order in prompts and explanations (FIN,ACK, never ACK,FIN)", () => {
    const q = questions(specOf("four-way-close", { kind: "state", side: "A", step: 9 }))[0]!;
    expect(q.prompt.en).toMatch(/segment 6 \(FIN,ACK seq=\d+ ack=\d+\) from B arrives at A/);
    expect(q.prompt.zh).toMatch(/B 发出的报文段 6（FIN,ACK seq=\d+ ack=\d+）到达 A/);
    expect(JSON.stringify(q.prompt)).not.toContain("ACK,FIN");
  });

  it("asks for the order of states with the textbook skips as distractors", () => {
    const spec = specOf("four-way-close", { kind: "state-order", side: "A", step: null });
    const q = questions(spec)[0]!;
    const run = simulateDetailed(variantScenario(spec, { isn: { A: 1, B: 2 }, swapped: false, msl: 120, rto: 1, dropped: null }));
    expect(q.key).toEqual({
      kind: "state-order",
      states: ["CLOSED", "SYN-SENT", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSED"].slice(0, run.trace.steps.length),
    });
    expect(q.distractors.map((d) => d.misconception)).toEqual(expect.arrayContaining(["skipped-fin-wait-2", "skipped-time-wait", "client-syn-received"]));
    const input = q.input.en;
    expect(input.kind === "state-order" && input.options).toEqual(expect.arrayContaining(["FIN-WAIT-2", "SYN-RECEIVED"]));
  });

  it("asks for the flags of a segment, with the ACK left out as a mistake", () => {
    const q = questions(specOf("handshake", { kind: "segment", segment: 2, field: "flags" }))[0]!;
    expect(q.key).toEqual({ kind: "flags", flags: ["ACK", "SYN"] });
    expect(grade(q, { kind: "flags", flags: ["SYN"] }).misconception?.id).toBe("reply-missing-ack");
  });

  it("asks for blanks in the diagram, each numbered, graded blank by blank", () => {
    const q = questions(
      specOf("handshake", {
        kind: "blanks",
        blanks: [
          { segment: 2, field: "ack" },
          { step: 2, side: "B", field: "state" },
        ],
      }),
    )[0]!;
    expect(q.key.kind).toBe("diagram-blanks");
    const values = q.key.kind === "diagram-blanks" ? q.key.values : [];
    expect(values).toContain("SYN-RECEIVED");
    const parsed = parseResponse(q, { kind: "diagram-blanks", values });
    expect(parsed.ok && grade(q, parsed.response).correct).toBe(true);
  });

  it("asks how long until a backed-off retransmission timer fires", () => {
    const scenario = {
      isn: { A: 100, B: 500 },
      rto: 2,
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { drop: 1 }, { wait: 2 }, { drop: 2 }],
    };
    const parsed = parseSpec({
      title: { en: "T", zh: "题" },
      concept: "loss",
      difficulty: 1,
      scenario,
      ask: { kind: "timer", side: "A", step: 3, timer: "retransmission" },
      vary: { isns: true, swapSides: true, msl: [], rto: [], dropStep: null },
      prompt: { en: "", zh: "" },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    for (const seed of SEEDS.slice(0, 6)) {
      const r = generateVariant(parsed.spec, "t", seed);
      if (!r.ok) throw new Error(r.failure.message.en);
      const rto = 2;
      // One retransmission so far: the timer now runs for twice the RTO.
      expect(r.question.key).toEqual({ kind: "number", value: 2 * rto });
      expect(r.question.distractors).toContainEqual({ response: { kind: "number", value: rto }, misconception: "no-backoff" });
    }
  });
});

describe("bad input", () => {
  it("refuses an ask pointing at a segment or step the run does not have", () => {
    const problems = checkSpec(specOf("handshake", { kind: "segment", segment: 9, field: "seq" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("ask");
    expect(problems[0]!.message.en).toMatch(/Segment 9 does not exist/);
    expect(checkSpec(specOf("handshake", { kind: "state", side: "A", step: 40 }))[0]!.message.en).toMatch(/Step 41 does not exist/);
  });

  it("refuses placeholders that name nothing, a missing segment, or the answer", () => {
    const spec = specOf(
      "handshake",
      { kind: "segment", segment: 2, field: "ack" },
      {},
      {
        prompt: { en: "{client} sends {seg.1.seq}; {seg.9.seq} and {nothing}?", zh: "{seg.2.ack} 是多少？" },
      },
    );
    const messages = checkSpec(spec).map((p) => `${p.path}: ${p.message.en}`);
    expect(messages).toEqual([
      "prompt.en: {seg.9.seq} names segment 9, but the run has 3 segments.",
      expect.stringMatching(/^prompt\.en: \{nothing\} names nothing here/),
      "prompt.zh: {seg.2.ack} would print the answer in the prompt.",
    ]);
  });

  it("fills placeholders with each variant's numbers", () => {
    const spec = specOf(
      "handshake",
      { kind: "segment", segment: 3, field: "ack" },
      {},
      {
        prompt: {
          en: "{client} starts at {isn.client}; {server} answers with seq {seg.2.seq}. Ack of segment 3?",
          zh: "{client} 的初始序列号为 {isn.client}，{server} 的 seq 为 {seg.2.seq}。报文段 3 的 ack？",
        },
      },
    );
    const q = questions(spec)[0]!;
    const scenario = parseScenario(q.scenario);
    if (!scenario.ok) throw new Error();
    expect(q.prompt.en).toBe(`A starts at ${scenario.scenario.isn.A}; B answers with seq ${scenario.scenario.isn.B}. Ack of segment 3?`);
  });

  it("refuses markup, a prompt in one language only, extra fields and a scenario the engine refuses", () => {
    const base = {
      title: { en: "T", zh: "题" },
      concept: "loss",
      difficulty: 1,
      scenario: findPreset("handshake")!.scenario,
      ask: { kind: "lost-segment" },
      vary: { isns: false, swapSides: false, msl: [], rto: [], dropStep: null },
    };
    const bad = (input: unknown) => {
      const r = parseSpec(input);
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
    };
    expect(bad({ ...base, prompt: { en: "Which <b>segment</b>?", zh: "哪个？" } })).toEqual([expect.stringMatching(/^prompt\.en: Markup/)]);
    expect(bad({ ...base, prompt: { en: "Which?", zh: "" } })).toEqual([expect.stringMatching(/^prompt\.zh: Write the prompt in both languages/)]);
    expect(bad({ ...base, prompt: { en: "", zh: "" }, extra: 1 })).toEqual([expect.stringMatching(/Unknown field extra/)]);
    expect(bad({ ...base, prompt: { en: "", zh: "" }, scenario: { isn: { A: 1 }, steps: [] } })).toEqual([
      expect.stringMatching(/^scenario: The engine refuses the scenario: isn\.B/),
    ]);
  });

  it("refuses a scenario whose own run fails, naming the step and the engine's message", () => {
    const spec = specOf("handshake", { kind: "state", side: "A", step: 0 });
    const broken: QuestionSpec = { ...spec, scenario: { ...spec.scenario, steps: [...spec.scenario.steps, { deliver: 7 }] } };
    expect(checkSpec(broken)).toEqual([
      { path: "scenario", message: { en: expect.stringMatching(/^Step 6 of the scenario fails: segment 7/), zh: expect.stringMatching(/^场景的第 6 步失败/) } },
    ]);
  });
});
