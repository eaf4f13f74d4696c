import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, type ScenarioInput } from "./scenario";
import { seqLe } from "./seq";
import { simulate, simulateDetailed, type DetailedRun } from "./simulate";
import { edgeKey, TRANSITIONS } from "./state-graph";
import { TCP_STATES, type Side } from "./types";

// Property tests over random scenarios (fast-check): whatever the steps, the engine never throws,
// only produces RFC states, is reproducible, and keeps its sequence variables consistent.

type StepInput = ScenarioInput["steps"][number];
const side = fc.constantFrom<Side>("A", "B");
const uint32 = fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 32 - 2, 2 ** 31));

const anyStep: fc.Arbitrary<StepInput> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ call: fc.constantFrom("listen", "connect", "close", "abort"), on: side }) },
  { weight: 2, arbitrary: fc.record({ call: fc.constant("send"), on: side, bytes: fc.integer({ min: 1, max: 3000 }) }) },
  { weight: 8, arbitrary: fc.record({ deliver: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant("all" as const)) }) },
  { weight: 2, arbitrary: fc.record({ drop: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ duplicate: fc.integer({ min: 1, max: 30 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      inject: fc.record({
        to: side,
        flags: fc.subarray(["ACK", "FIN", "RST", "SYN"] as const),
        seq: uint32,
        ack: uint32,
        len: fc.integer({ min: 0, max: 100 }),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ crash: side }) },
  { weight: 3, arbitrary: fc.record({ wait: fc.constantFrom(0.1, 0.2, 1, 3, 30, 300) }) },
);

const scenarioArb = fc.record({
  isn: fc.record({ A: uint32, B: uint32 }),
  msl: fc.constantFrom(1, 30, 120),
  rto: fc.constantFrom(0.5, 1, 3),
  maxRetries: fc.integer({ min: 0, max: 4 }),
  delayedAck: fc.boolean(),
  steps: fc.array(anyStep, { maxLength: 40 }),
});

const runOf = (input: ScenarioInput): DetailedRun => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return simulateDetailed(parsed.scenario);
};

/** Segments each side emitted with ACK set (not RST), grouped by connection: a new one starts when the side returns to CLOSED or LISTEN. */
function acksByConnection(run: DetailedRun, s: Side): number[][] {
  const groups: number[][] = [[]];
  const resetsAfter = run.records.flatMap((r) =>
    r.transitions.filter((t) => t.side === s && (t.to === "CLOSED" || t.to === "LISTEN")).map((t) => t.afterSegment),
  );
  for (const seg of run.trace.segments) {
    while (resetsAfter.length > 0 && resetsAfter[0]! < seg.id) {
      resetsAfter.shift();
      groups.push([]);
    }
    const sentBySide = run.trace.steps.some((step) => step.sent.includes(seg.id)) && seg.from === s;
    if (sentBySide && seg.flags.includes("ACK") && !seg.flags.includes("RST")) groups.at(-1)!.push(seg.ack);
  }
  return groups;
}

describe("engine properties over random scenarios", () => {
  it("never throws, and reports only RFC states", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { trace } = runOf(input);
        for (const step of trace.steps) for (const s of ["A", "B"] as const) expect(TCP_STATES).toContain(step.states[s]);
        for (const seg of trace.segments) {
          expect(seg.seq).toBeGreaterThanOrEqual(0);
          expect(seg.seq).toBeLessThan(2 ** 32);
          expect(seg.ack).toBeLessThan(2 ** 32);
          expect([...seg.flags].sort()).toEqual(seg.flags);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("every trace is reproducible", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const parsed = parseScenario(input);
        if (!parsed.ok) throw new Error(parsed.message);
        expect(simulate(parsed.scenario)).toEqual(simulate(structuredClone(parsed.scenario)));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps SND.UNA =< SND.NXT (mod 2^32) in every state", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        for (const sim of runOf(input).states) for (const s of ["A", "B"] as const) expect(seqLe(sim.tcb[s].sndUna, sim.tcb[s].sndNxt)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never moves an acknowledgment number backwards within a connection", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const run = runOf(input);
        for (const s of ["A", "B"] as const)
          for (const acks of acksByConnection(run, s)) for (let i = 1; i < acks.length; i += 1) expect(seqLe(acks[i - 1]!, acks[i]!)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("changes state only along the edges of the state graph", () => {
    const edges = new Set(TRANSITIONS.map((t) => `${edgeKey(t.from, t.to)} ${t.event}`));
    fc.assert(
      fc.property(scenarioArb, (input) => {
        for (const record of runOf(input).records)
          for (const t of record.transitions) if (t.event !== "host:crash") expect(edges).toContain(`${edgeKey(t.from, t.to)} ${t.event}`);
      }),
      { numRuns: 400 },
    );
  });

  // Both applications close and the network delivers everything: both ends reach CLOSED after waiting.
  const orderlyArb = fc.record({
    isn: fc.record({ A: uint32, B: uint32 }),
    delayedAck: fc.boolean(),
    simultaneousOpen: fc.boolean(),
    middle: fc.array(
      fc.oneof(
        fc.record({ call: fc.constant("send" as const), on: side, bytes: fc.integer({ min: 1, max: 2000 }) }),
        fc.record({ deliver: fc.oneof(fc.constant("all" as const), fc.integer({ min: 1, max: 12 })) }),
        fc.record({ wait: fc.constantFrom(0.1, 0.2) }),
      ),
      { maxLength: 12 },
    ),
    closeAt: fc.tuple(fc.nat(12), fc.nat(12)),
    loseOne: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  });

  it("both sides reach CLOSED whenever both applications close and the network delivers", () => {
    fc.assert(
      fc.property(orderlyArb, ({ isn, delayedAck, simultaneousOpen, middle, closeAt, loseOne }) => {
        const open: StepInput[] = simultaneousOpen
          ? [{ call: "connect", on: "A" }, { call: "connect", on: "B" }, { deliver: "all" }]
          : [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }];
        const middleSteps: StepInput[] = [];
        middle.forEach((step, i) => {
          if (closeAt[0] === i) middleSteps.push({ call: "close", on: "A" });
          if (closeAt[1] === i) middleSteps.push({ call: "close", on: "B" });
          middleSteps.push(step);
        });
        if (closeAt[0] >= middle.length) middleSteps.push({ call: "close", on: "A" });
        if (closeAt[1] >= middle.length) middleSteps.push({ call: "close", on: "B" });
        if (loseOne !== undefined) middleSteps.push({ drop: loseOne });
        const settle: StepInput[] = [
          { deliver: "all" },
          { wait: 1 },
          { deliver: "all" },
          { wait: 2 },
          { deliver: "all" },
          { wait: 4 },
          { deliver: "all" },
          { wait: 1000 },
          { deliver: "all" },
        ];
        const steps = [...open, ...middleSteps, ...settle];
        const run = runOf({ isn, delayedAck, msl: 120, steps });
        expect(run.trace.steps.at(-1)!.states).toEqual({ A: "CLOSED", B: "CLOSED" });
        // Each application closes exactly once, and no close is refused.
        const closes = steps.flatMap((step, i) => ("call" in step && step.call === "close" ? [i] : []));
        expect(closes).toHaveLength(2);
        for (const i of closes) expect(run.trace.steps[i]!.error).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
