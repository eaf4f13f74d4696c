import { describe, expect, it } from "vitest";
import { closing, establishedPair, exchange, finWait1, finWait2, timeWait, type Exchange } from "./testing";
import type { TcpState } from "./types";

// The user calls (RFC 9293 3.10.1 to 3.10.5) in every state, each state reached through the
// fixture chain of lib/tcp/testing.ts with A as the endpoint under test (B is its peer).

/** B closes first, so that A is the passive closer. */
const peerClosed = () => establishedPair().call("B", "close").deliver("B", "FIN,ACK");

const fixtures: Record<TcpState, () => Exchange> = {
  CLOSED: () => exchange(),
  LISTEN: () => exchange().call("A", "listen"),
  "SYN-SENT": () => exchange().call("A", "connect"),
  "SYN-RECEIVED": () => exchange().call("A", "listen").call("B", "connect").deliver("B", "SYN"),
  ESTABLISHED: establishedPair,
  "FIN-WAIT-1": finWait1,
  "FIN-WAIT-2": finWait2,
  "CLOSE-WAIT": peerClosed,
  CLOSING: closing,
  "LAST-ACK": () => peerClosed().call("A", "close"),
  "TIME-WAIT": timeWait,
};

/** The record of one call made by A in `state`. */
const call = (state: TcpState, name: "listen" | "connect" | "send" | "close" | "abort") => {
  const before = fixtures[state]();
  expect(before.steps.length === 0 ? "CLOSED" : before.states.A).toBe(state);
  return before.call("A", name, name === "send" ? { bytes: 10 } : {}).last;
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
    const result = call(state, name);
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
    expect(call("FIN-WAIT-2", "abort").sent).toEqual(["A>B RST seq=102 ack=0"]);
    expect(call("CLOSING", "abort").sent).toEqual([]);
    expect(call("TIME-WAIT", "abort").sent).toEqual([]);
    expect(call("LAST-ACK", "abort").sent).toEqual([]);
  });
});

describe("network steps", () => {
  it("refuses to deliver or drop a segment that is not in flight, and changes nothing", () => {
    const before = establishedPair();
    const delivered = before.find("A", "ACK", "any");
    const x = before.then({ deliver: delivered }).then({ drop: 9 }).then({ duplicate: 9 });
    expect([x.view(5).error, x.view(6).error, x.view(7).error]).toEqual([
      `segment ${delivered} is not in flight`,
      "segment 9 is not in flight",
      "segment 9 does not exist",
    ]);
    expect(x.run.states[5]).toEqual({ ...x.run.states[8], stepIndex: 5 });
  });

  it("a duplicate of a delivered segment is put in flight under a new id and is not 'sent'", () => {
    const before = establishedPair();
    const x = before.then({ duplicate: before.find("A", "SYN", "any") });
    expect(x.run.trace.segments.at(-1)).toMatchObject({ id: 4, from: "A", to: "B", flags: ["SYN"], seq: 100, fate: "in-flight" });
    expect(x.last.sent).toEqual([]);
  });

  it("a crash forgets the connection and its timers, and sends nothing", () => {
    const crashed = establishedPair().call("A", "send", { bytes: 5 }).then({ crash: "A" });
    expect(crashed.last.sent).toEqual([]);
    const later = crashed.wait(100);
    expect(later.last.sent).toEqual([]);
    expect(later.states.A).toBe("CLOSED");
  });
});
