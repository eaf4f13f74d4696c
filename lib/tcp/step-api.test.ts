import { describe, expect, it } from "vitest";
import { availableCalls } from "./available-calls";
import { nextTimer } from "./clock";
import { parseScenario } from "./scenario";
import { createSim } from "./sim-state";
import { simulateDetailed } from "./simulate";
import { applyStep } from "./step";
import { edgeKey, TRANSITIONS, transitionsFrom } from "./state-graph";
import { run } from "./testing";
import { TCP_STATES } from "./types";

const base = { isn: { A: 100, B: 300 }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false };

describe("applyStep: one step at a time on an immutable state", () => {
  it("leaves the state it was given untouched", () => {
    const s0 = createSim(base);
    const frozen = structuredClone(s0);
    const { sim: s1 } = applyStep(s0, { call: "connect", on: "A" });
    expect(s0).toEqual(frozen);
    const again = structuredClone(s1);
    applyStep(s1, { deliver: 1 });
    applyStep(s1, { wait: 10 });
    expect(s1).toEqual(again);
  });

  it("stepping gives the same records as simulating the whole scenario", () => {
    const parsed = parseScenario({
      ...base,
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { wait: 5 }],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const whole = simulateDetailed(parsed.scenario);
    let sim = createSim(parsed.scenario);
    parsed.scenario.steps.forEach((step, i) => {
      const result = applyStep(sim, step);
      expect(result.record).toEqual(whole.records[i]);
      sim = result.sim;
    });
  });

  it("records each transition with its cause", () => {
    const r = run({ ...base, steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] });
    expect(r.records.flatMap((rec) => rec.transitions.map((t) => `${t.side} ${t.from}>${t.to} ${t.event} @${t.afterSegment}`))).toEqual([
      "B CLOSED>LISTEN call:listen @0",
      "A CLOSED>SYN-SENT call:connect @0",
      "B LISTEN>SYN-RECEIVED rcv:SYN @1",
      "A SYN-SENT>ESTABLISHED rcv:SYN-ACK @2",
    ]);
  });
});

describe("availableCalls", () => {
  it("offers what the state allows and nothing that would be refused", () => {
    let sim = createSim(base);
    expect(availableCalls(sim, "A")).toEqual(["listen", "connect"]);
    sim = applyStep(sim, { call: "listen", on: "B" }).sim;
    expect(availableCalls(sim, "B")).toEqual(["connect", "send", "close", "abort"]);
    sim = applyStep(sim, { call: "connect", on: "A" }).sim;
    sim = applyStep(sim, { deliver: "all" }).sim;
    expect(availableCalls(sim, "A")).toEqual(["send", "close", "abort"]);
    sim = applyStep(sim, { call: "close", on: "A" }).sim;
    expect(availableCalls(sim, "A")).toEqual(["abort"]);
  });
});

describe("timers", () => {
  it("nextTimer names the earliest pending timer", () => {
    let sim = applyStep(createSim(base), { call: "connect", on: "A" }).sim;
    expect(nextTimer(sim.timers)).toMatchObject({ side: "A", kind: "retransmission", dueUs: 1_000_000, seq: 100 });
    sim = applyStep(sim, { wait: 1 }).sim;
    expect(nextTimer(sim.timers)).toMatchObject({ dueUs: 3_000_000 });
  });
});

describe("the state graph", () => {
  it("has every state and the main edges of RFC 9293 Figure 5", () => {
    const keys = new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to)));
    for (const state of TCP_STATES) expect(TRANSITIONS.some((t) => t.from === state || t.to === state)).toBe(true);
    for (const edge of [
      "CLOSED>LISTEN",
      "CLOSED>SYN-SENT",
      "LISTEN>SYN-RECEIVED",
      "LISTEN>SYN-SENT",
      "SYN-SENT>SYN-RECEIVED",
      "SYN-SENT>ESTABLISHED",
      "SYN-RECEIVED>ESTABLISHED",
      "SYN-RECEIVED>FIN-WAIT-1",
      "ESTABLISHED>FIN-WAIT-1",
      "ESTABLISHED>CLOSE-WAIT",
      "FIN-WAIT-1>FIN-WAIT-2",
      "FIN-WAIT-1>CLOSING",
      "FIN-WAIT-2>TIME-WAIT",
      "CLOSE-WAIT>LAST-ACK",
      "CLOSING>TIME-WAIT",
      "LAST-ACK>CLOSED",
      "TIME-WAIT>CLOSED",
    ])
      expect(keys).toContain(edge);
    expect(transitionsFrom("CLOSE-WAIT").map((t) => t.to)).toContain("LAST-ACK");
  });
});
