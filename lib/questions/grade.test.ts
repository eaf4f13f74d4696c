import { describe, expect, it } from "vitest";
import { simulateDetailed, parseScenario, seqAdd, type DetailedRun, type ScenarioInput } from "../tcp";
import { answerFor, generateQuestion, grade, toPublic } from ".";
import { keepWrongDistractors } from "./registry";
import { mulberry32 } from "./random";

function engine(scenario: ScenarioInput): DetailedRun {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.message);
  return simulateDetailed(parsed.scenario);
}

describe("keepWrongDistractors", () => {
  it("drops a distractor equal to the key, and repeats", () => {
    const key = { kind: "number", value: 101 } as const;
    const kept = keepWrongDistractors(key, [
      { response: { kind: "number", value: 101 }, misconception: "syn-takes-no-sequence-number" },
      { response: { kind: "number", value: 100 }, misconception: "syn-takes-no-sequence-number" },
      { response: { kind: "number", value: 100 }, misconception: "acked-own-number" },
    ]);
    expect(kept).toEqual([{ response: { kind: "number", value: 100 }, misconception: "syn-takes-no-sequence-number" }]);
  });

  it("compares flags as sets", () => {
    const kept = keepWrongDistractors({ kind: "flags", flags: ["ACK", "SYN"] }, [
      { response: { kind: "flags", flags: ["SYN", "ACK"] }, misconception: "reply-missing-ack" },
    ]);
    expect(kept).toEqual([]);
  });
});

describe("grade", () => {
  it("names the learner's mistake, or 'other' for an answer no mistake explains", () => {
    const q = generateQuestion("handshake-synack-ack", 11);
    const syn = engine(q.scenario).trace.segments[0]!;
    const forgotSyn = grade(q, { kind: "number", value: syn.seq }, "en");
    expect(forgotSyn).toMatchObject({ correct: false, misconception: { id: "syn-takes-no-sequence-number" } });
    expect(forgotSyn.misconception?.label).toMatch(/SYN/);
    const zh = grade(q, { kind: "number", value: syn.seq }, "zh");
    expect(zh.misconception?.label).toMatch(/序列号/);
    const nonsense = grade(q, { kind: "number", value: 7 }, "en");
    expect(nonsense).toMatchObject({ correct: false, misconception: { id: "other" } });
  });

  it("explains with the trace, the asked-about step, highlighted segments and an RFC section", () => {
    const q = generateQuestion("teardown-fin-ack", 3, 2);
    const result = grade(q, answerFor(q), "en");
    expect(result.correct).toBe(true);
    expect(result.expected.text).toContain(String((answerFor(q) as { value: number }).value));
    expect(result.explanation.rfc).toMatch(/^3\.\d+(\.\d+)*$/);
    expect(result.explanation.diagram.trace.steps.length).toBe(q.scenario.steps.length);
    expect(result.explanation.diagram.highlightSegments?.length).toBeGreaterThan(0);
    expect(result.explanation.scenario).toEqual(q.scenario);
  });

  it("finds the mistake of one wrong blank among right ones", () => {
    const q = generateQuestion("teardown-blanks", 5, 1);
    const key = answerFor(q) as { kind: "diagram-blanks"; values: (number | string)[] };
    const fin = engine(q.scenario).trace.segments.find((s) => s.flags.includes("FIN"))!;
    const values = [...key.values];
    values[0] = fin.seq; // the ACK of the FIN given as u instead of u + 1
    expect(grade(q, { kind: "diagram-blanks", values }, "en").misconception?.id).toBe("fin-takes-no-sequence-number");
  });
});

describe("keys agree with an independent run of the engine", () => {
  it("handshake-synack-ack: the ack of the first SYN,ACK in the trace", () => {
    for (const d of [1, 2, 3] as const)
      for (let seed = 1; seed <= 10; seed++) {
        const q = generateQuestion("handshake-synack-ack", seed, d);
        const trace = engine(q.scenario).trace;
        const syn = trace.segments.find((s) => s.flags.join() === "SYN")!;
        const synAck = trace.segments.find((s) => s.flags.includes("SYN") && s.flags.includes("ACK"))!;
        expect(answerFor(q)).toEqual({ kind: "number", value: synAck.ack });
        expect(synAck.ack).toBe(seqAdd(syn.seq, 1));
      }
  });

  it("time-wait-duration: the time between entering TIME-WAIT and the first CLOSED after it, in the trace", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const q = generateQuestion("time-wait-duration", seed, 2);
      const msl = q.scenario.msl!;
      // Re-run with fine-grained waits to see when the endpoint actually closes.
      const steps = q.scenario.steps.slice(0, -1);
      const fine = engine({ ...q.scenario, steps: [...steps, ...Array.from({ length: 4 * msl }, () => ({ wait: 1 }))] });
      const entered = fine.trace.steps.find((s) => s.states.A === "TIME-WAIT" || s.states.B === "TIME-WAIT")!;
      const side = entered.states.A === "TIME-WAIT" ? "A" : "B";
      const closed = fine.trace.steps.find((s) => s.i > entered.i && s.states[side] === "CLOSED")!;
      expect(answerFor(q)).toEqual({ kind: "number", value: closed.t - entered.t });
      expect(closed.t - entered.t).toBe(2 * msl);
    }
  });

  it("teardown-state-order: the states of the asked side in the trace", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const q = generateQuestion("teardown-state-order", seed, 2);
      const input = q.input.en;
      if (input.kind !== "state-order") throw new Error("kind");
      const trace = engine(q.scenario).trace;
      const seen: string[] = [];
      for (const s of trace.steps) if (seen[seen.length - 1] !== s.states[input.side]) seen.push(s.states[input.side]);
      expect((answerFor(q) as { states: string[] }).states).toEqual(seen.slice(seen.lastIndexOf("ESTABLISHED")));
    }
  });

  it("reset-closed-port: the flags of the host's answer to the segment that reached it with no connection (none for a RST)", () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const q = generateQuestion("reset-closed-port", seed, 3);
      const trace = engine(q.scenario).trace;
      // The last arrival at a CLOSED endpoint, and what that endpoint sent in the same step.
      const step = trace.steps.findLast((s, i) =>
        s.received.some((id) => (i === 0 ? "CLOSED" : trace.steps[i - 1]!.states[trace.segments[id - 1]!.to]) === "CLOSED"),
      )!;
      const arrived = trace.segments[step.received[0]! - 1]!;
      const reply = step.sent.map((id) => trace.segments[id - 1]!).find((s) => s.from === arrived.to);
      expect(answerFor(q)).toEqual({ kind: "flags", flags: reply?.flags ?? [] });
      seen.add(JSON.stringify(reply?.flags ?? []));
    }
    expect(seen.size).toBe(3);
  });
});

describe("the public part", () => {
  it("gives a learner in Chinese the Chinese prompt and labels", () => {
    const q = generateQuestion("teardown-blanks", 2, 3);
    const shown = toPublic(q, "zh");
    expect(shown.prompt).toMatch(/[\u4e00-\u9fff]/);
    if (shown.input.kind !== "diagram-blanks") throw new Error("kind");
    expect(shown.input.blanks.every((b) => /[\u4e00-\u9fff]/.test(b.label))).toBe(true);
    expect(shown.diagram?.hiddenFields?.length).toBe(shown.input.blanks.length);
  });

  it("hides blanked values and the states under state blanks", () => {
    const q = generateQuestion("handshake-blanks", 9, 2);
    const shown = toPublic(q, "en");
    const key = answerFor(q) as { values: (number | string)[] };
    const trace = shown.diagram!.trace;
    shown.diagram!.hiddenFields!.forEach((h, i) => {
      if ("segment" in h) expect(trace.segments[h.segment - 1]![h.field]).not.toBe(key.values[i]);
      else expect(trace.steps[h.step]!.states[h.side]).not.toBe(key.values[i]);
    });
  });
});

describe("mulberry32", () => {
  it("is deterministic and spreads over [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs.map((x) => Math.floor(x * 10))).size).toBe(10);
  });
});
