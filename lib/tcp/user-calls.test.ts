import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "./scenario";
import { established, run } from "./testing";
import type { TcpState } from "./types";

type Steps = ScenarioInput["steps"];
const isn = { A: 100, B: 300 };

/** Steps that bring A to each state (B is the peer), for checking every call in every state. */
const toState: Record<TcpState, Steps> = {
  CLOSED: [],
  LISTEN: [{ call: "listen", on: "A" }],
  "SYN-SENT": [{ call: "connect", on: "A" }],
  "SYN-RECEIVED": [{ call: "listen", on: "A" }, { call: "connect", on: "B" }, { deliver: 1 }],
  ESTABLISHED: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }],
  "FIN-WAIT-1": [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "A" }],
  "FIN-WAIT-2": [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "A" }, { deliver: "all" }],
  "CLOSE-WAIT": [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { deliver: "all" }],
  CLOSING: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "A" }, { call: "close", on: "B" }, { deliver: 5 }],
  "LAST-ACK": [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { deliver: "all" }, { call: "close", on: "A" }],
  "TIME-WAIT": [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }, { call: "close", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { deliver: "all" }],
};

const call = (state: TcpState, step: Steps[number]) => {
  const steps = [...toState[state], step];
  const r = run({ isn, steps });
  expect(r.trace.steps.at(-2)?.states.A ?? "CLOSED").toBe(state);
  return r.trace.steps.at(-1)!;
};

describe("user calls in every state (RFC 9293 3.10.1 to 3.10.5)", () => {
  // [state, call, expected error or the state after]
  const table: [TcpState, "listen" | "connect" | "send" | "close" | "abort", { error: string } | { state: TcpState }][] = [
    ["CLOSED", "listen", { state: "LISTEN" }],
    ["CLOSED", "connect", { state: "SYN-SENT" }],
    ["CLOSED", "send", { error: "connection does not exist" }],
    ["CLOSED", "close", { error: "connection does not exist" }],
    ["CLOSED", "abort", { error: "connection does not exist" }],
    ["LISTEN", "listen", { error: "connection already exists" }],
    ["LISTEN", "connect", { state: "SYN-SENT" }],
    ["LISTEN", "send", { state: "SYN-SENT" }],
    ["LISTEN", "close", { state: "CLOSED" }],
    ["LISTEN", "abort", { state: "CLOSED" }],
    ["SYN-SENT", "connect", { error: "connection already exists" }],
    ["SYN-SENT", "send", { state: "SYN-SENT" }],
    ["SYN-SENT", "close", { state: "CLOSED" }],
    ["SYN-SENT", "abort", { state: "CLOSED" }],
    ["SYN-RECEIVED", "listen", { error: "connection already exists" }],
    ["SYN-RECEIVED", "send", { state: "SYN-RECEIVED" }],
    ["SYN-RECEIVED", "close", { state: "FIN-WAIT-1" }],
    ["SYN-RECEIVED", "abort", { state: "CLOSED" }],
    ["ESTABLISHED", "connect", { error: "connection already exists" }],
    ["ESTABLISHED", "send", { state: "ESTABLISHED" }],
    ["ESTABLISHED", "close", { state: "FIN-WAIT-1" }],
    ["ESTABLISHED", "abort", { state: "CLOSED" }],
    ["FIN-WAIT-1", "send", { error: "connection closing" }],
    ["FIN-WAIT-1", "close", { error: "connection closing" }],
    ["FIN-WAIT-1", "abort", { state: "CLOSED" }],
    ["FIN-WAIT-2", "send", { error: "connection closing" }],
    ["FIN-WAIT-2", "close", { error: "connection closing" }],
    ["FIN-WAIT-2", "abort", { state: "CLOSED" }],
    ["CLOSE-WAIT", "send", { state: "CLOSE-WAIT" }],
    ["CLOSE-WAIT", "close", { state: "LAST-ACK" }],
    ["CLOSE-WAIT", "abort", { state: "CLOSED" }],
    ["CLOSING", "send", { error: "connection closing" }],
    ["CLOSING", "close", { error: "connection closing" }],
    ["CLOSING", "abort", { state: "CLOSED" }],
    ["LAST-ACK", "send", { error: "connection closing" }],
    ["LAST-ACK", "close", { error: "connection closing" }],
    ["LAST-ACK", "abort", { state: "CLOSED" }],
    ["TIME-WAIT", "listen", { error: "connection already exists" }],
    ["TIME-WAIT", "send", { error: "connection closing" }],
    ["TIME-WAIT", "close", { error: "connection closing" }],
    ["TIME-WAIT", "abort", { state: "CLOSED" }],
  ];

  it.each(table)("%s: %s", (state, name, want) => {
    const step = name === "send" ? { call: name, on: "A" as const, bytes: 10 } : { call: name, on: "A" as const };
    const result = call(state, step);
    if ("error" in want) {
      expect(result.error).toBe(want.error);
      expect(result.sent).toEqual([]);
      expect(result.states.A).toBe(state);
    } else {
      expect(result.error).toBeNull();
      expect(result.states.A).toBe(want.state);
    }
  });

  it("ABORT sends a RST from synchronized states but not from CLOSING, LAST-ACK or TIME-WAIT", () => {
    expect(call("FIN-WAIT-2", { call: "abort", on: "A" }).sent).toHaveLength(1);
    expect(call("TIME-WAIT", { call: "abort", on: "A" }).sent).toEqual([]);
    expect(call("LAST-ACK", { call: "abort", on: "A" }).sent).toEqual([]);
  });
});

describe("network steps", () => {
  it("refuses to deliver or drop a segment that is not in flight, and changes nothing", () => {
    const r = established([{ deliver: 3 }, { drop: 9 }, { duplicate: 9 }]);
    expect(r.trace.steps.slice(5).map((s) => s.error)).toEqual(["segment 3 is not in flight", "segment 9 is not in flight", "segment 9 does not exist"]);
    expect(r.states[5]).toEqual({ ...r.states[8], stepIndex: 5 });
  });

  it("a duplicate of a delivered segment is put in flight under a new id and is not 'sent'", () => {
    const r = established([{ duplicate: 1 }]);
    expect(r.trace.segments[3]).toMatchObject({ id: 4, from: "A", to: "B", flags: ["SYN"], seq: 100, fate: "in-flight" });
    expect(r.trace.steps[5]!.sent).toEqual([]);
  });

  it("a crash forgets the connection and its timers, and sends nothing", () => {
    const r = established([{ call: "send", on: "A", bytes: 5 }, { crash: "A" }, { wait: 100 }]);
    expect(r.trace.steps[6]!.sent).toEqual([]);
    expect(r.trace.steps[7]!.sent).toEqual([]);
    expect(r.trace.steps[7]!.states.A).toBe("CLOSED");
  });
});
