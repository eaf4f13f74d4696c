import { describe, expect, it } from "vitest";
import { run, segmentLines, sentBy, stateLines } from "./testing";

// RFC 9293 section 3.5, Figures 6 to 13, step by step: both endpoints' states and every
// segment's flags, seq and ack. The RFC picks new ISNs freely; here each OPEN's ISN is given.

describe("RFC 9293 Figure 6: basic three-way handshake", () => {
  const r = run({
    isn: { A: 100, B: 300 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: 1 },
      { deliver: 2 },
      { deliver: 3 },
      { call: "send", on: "A", bytes: 10 },
      { deliver: 4 },
    ],
  });

  it("passes through the states of the figure", () => {
    expect(stateLines(r)).toEqual([
      "CLOSED/LISTEN",
      "SYN-SENT/LISTEN",
      "SYN-SENT/SYN-RECEIVED",
      "ESTABLISHED/SYN-RECEIVED",
      "ESTABLISHED/ESTABLISHED",
      "ESTABLISHED/ESTABLISHED",
      "ESTABLISHED/ESTABLISHED",
    ]);
  });

  it("exchanges SYN, SYN,ACK, ACK and then data with the figure's numbers", () => {
    expect(segmentLines(r).slice(0, 4)).toEqual([
      "A>B SYN seq=100 ack=0",
      "B>A ACK,SYN seq=300 ack=101",
      "A>B ACK seq=101 ack=301",
      "A>B ACK seq=101 ack=301 len=10",
    ]);
  });
});

describe("RFC 9293 Figure 7: simultaneous connection synchronization", () => {
  const r = run({
    isn: { A: 100, B: 300 },
    steps: [
      { call: "connect", on: "A" }, // 1: A SYN
      { call: "connect", on: "B" }, // 2: B SYN
      { deliver: 2 }, // A: SYN-SENT -> SYN-RECEIVED, 3: A SYN,ACK
      { deliver: 1 }, // B: SYN-SENT -> SYN-RECEIVED, 4: B SYN,ACK
      { deliver: 4 }, // A: ESTABLISHED
      { deliver: 3 }, // B: ESTABLISHED
    ],
  });

  it("goes SYN-SENT -> SYN-RECEIVED -> ESTABLISHED on both sides", () => {
    expect(stateLines(r)).toEqual([
      "SYN-SENT/CLOSED",
      "SYN-SENT/SYN-SENT",
      "SYN-RECEIVED/SYN-SENT",
      "SYN-RECEIVED/SYN-RECEIVED",
      "ESTABLISHED/SYN-RECEIVED",
      "ESTABLISHED/ESTABLISHED",
    ]);
  });

  it("answers each SYN with a SYN,ACK that repeats the endpoint's own ISN", () => {
    expect(segmentLines(r)).toEqual(["A>B SYN seq=100 ack=0", "B>A SYN seq=300 ack=0", "A>B ACK,SYN seq=100 ack=301", "B>A ACK,SYN seq=300 ack=101"]);
  });
});

describe("RFC 9293 Figure 8: recovery from an old duplicate SYN", () => {
  const r = run({
    isn: { A: 100, B: 300 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" }, // 1: A's SYN, delayed in the network
      { inject: { to: "B", flags: ["SYN"], seq: 90, ack: 0, len: 0 } }, // 2: the old duplicate
      { deliver: 2 }, // B SYN-RECEIVED, 3: SYN,ACK ack=91
      { deliver: 3 }, // A sees an ACK of nothing it sent: 4: RST seq=91
      { deliver: 4 }, // B returns to LISTEN
      { deliver: 1 }, // the real SYN: 5: SYN,ACK ack=101
      { deliver: 5 }, // A ESTABLISHED, 6: ACK
      { deliver: 6 },
    ],
  });

  it("resets the half-made connection and completes the real one", () => {
    expect(stateLines(r)).toEqual([
      "CLOSED/LISTEN",
      "SYN-SENT/LISTEN",
      "SYN-SENT/LISTEN",
      "SYN-SENT/SYN-RECEIVED",
      "SYN-SENT/SYN-RECEIVED",
      "SYN-SENT/LISTEN",
      "SYN-SENT/SYN-RECEIVED",
      "ESTABLISHED/SYN-RECEIVED",
      "ESTABLISHED/ESTABLISHED",
    ]);
    expect(segmentLines(r)).toEqual([
      "A>B SYN seq=100 ack=0",
      "A>B SYN seq=90 ack=0",
      "B>A ACK,SYN seq=300 ack=91",
      "A>B RST seq=91 ack=0",
      "B>A ACK,SYN seq=300 ack=101",
      "A>B ACK seq=101 ack=301",
    ]);
  });
});

describe("RFC 9293 Figure 9: half-open connection discovery", () => {
  const r = run({
    isn: { A: 99, B: 299 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" }, // A sends from 100, B from 300
      { crash: "A", isn: 400 }, // A crashes and forgets
      { call: "connect", on: "A" }, // 4: SYN seq=400
      { deliver: 4 }, // B ESTABLISHED: challenge ACK 5
      { deliver: 5 }, // A SYN-SENT: 6: RST seq=100
      { deliver: 6 }, // B aborts
      { wait: 1 }, // A's SYN goes again
    ],
  });

  it("B answers the new SYN with an ACK, A resets, B aborts", () => {
    expect(stateLines(r).slice(3)).toEqual([
      "CLOSED/ESTABLISHED",
      "SYN-SENT/ESTABLISHED",
      "SYN-SENT/ESTABLISHED",
      "SYN-SENT/ESTABLISHED",
      "SYN-SENT/CLOSED",
      "SYN-SENT/CLOSED",
    ]);
    expect(segmentLines(r).slice(3)).toEqual(["A>B SYN seq=400 ack=0", "B>A ACK seq=300 ack=100", "A>B RST seq=100 ack=0", "A>B SYN seq=400 ack=0"]);
    expect(r.trace.steps[7]!.notes).toEqual(["B: connection reset"]);
  });
});

describe("RFC 9293 Figure 10: the active side causes half-open connection discovery", () => {
  const r = run({
    isn: { A: 99, B: 299 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { crash: "A" },
      { call: "send", on: "B", bytes: 10 }, // 4
      { deliver: 4 }, // A has no connection: 5: RST
      { deliver: 5 },
    ],
  });

  it("the crashed side answers data with a RST and B aborts", () => {
    expect(sentBy(r, 4)).toEqual(["B>A ACK seq=300 ack=100 len=10"]);
    expect(sentBy(r, 5)).toEqual(["A>B RST seq=100 ack=0"]);
    expect(stateLines(r).slice(3)).toEqual(["CLOSED/ESTABLISHED", "CLOSED/ESTABLISHED", "CLOSED/ESTABLISHED", "CLOSED/CLOSED"]);
  });
});

describe("RFC 9293 Figure 11: an old duplicate SYN initiates a reset on two passive sockets", () => {
  const r = run({
    isn: { A: 100, B: 300 },
    steps: [
      { call: "listen", on: "A" },
      { call: "listen", on: "B" },
      { inject: { to: "B", flags: ["SYN"], seq: 1000, ack: 0, len: 0 } }, // 1
      { deliver: 1 }, // 2: SYN,ACK
      { deliver: 2 }, // A in LISTEN: 3: RST
      { deliver: 3 },
    ],
  });

  it("both end up in LISTEN", () => {
    expect(segmentLines(r)).toEqual(["A>B SYN seq=1000 ack=0", "B>A ACK,SYN seq=300 ack=1001", "A>B RST seq=1001 ack=0"]);
    expect(stateLines(r)).toEqual(["LISTEN/CLOSED", "LISTEN/LISTEN", "LISTEN/LISTEN", "LISTEN/SYN-RECEIVED", "LISTEN/SYN-RECEIVED", "LISTEN/LISTEN"]);
  });
});

describe("RFC 9293 Figure 12: normal close sequence", () => {
  const r = run({
    isn: { A: 99, B: 299 },
    msl: 60,
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "close", on: "A" }, // 4: FIN seq=100
      { deliver: 4 }, // 5: ACK
      { deliver: 5 },
      { call: "close", on: "B" }, // 6: FIN seq=300
      { deliver: 6 }, // 7: ACK
      { deliver: 7 },
      { wait: 119 },
      { wait: 1 },
    ],
  });

  it("goes through FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT and CLOSE-WAIT, LAST-ACK", () => {
    expect(stateLines(r).slice(3)).toEqual([
      "FIN-WAIT-1/ESTABLISHED",
      "FIN-WAIT-1/CLOSE-WAIT",
      "FIN-WAIT-2/CLOSE-WAIT",
      "FIN-WAIT-2/LAST-ACK",
      "TIME-WAIT/LAST-ACK",
      "TIME-WAIT/CLOSED",
      "TIME-WAIT/CLOSED",
      "CLOSED/CLOSED",
    ]);
    expect(segmentLines(r).slice(3)).toEqual([
      "A>B ACK,FIN seq=100 ack=300",
      "B>A ACK seq=300 ack=101",
      "B>A ACK,FIN seq=300 ack=101",
      "A>B ACK seq=101 ack=301",
    ]);
  });

  it("stays in TIME-WAIT for exactly 2 MSL", () => {
    expect(r.trace.steps[10]!.t).toBe(120);
  });
});

describe("RFC 9293 Figure 13: simultaneous close sequence", () => {
  const r = run({
    isn: { A: 99, B: 299 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "close", on: "A" }, // 4
      { call: "close", on: "B" }, // 5
      { deliver: 5 }, // A: CLOSING, 6: ACK
      { deliver: 4 }, // B: CLOSING, 7: ACK
      { deliver: 6 }, // B: TIME-WAIT
      { deliver: 7 }, // A: TIME-WAIT
      { wait: 240 },
    ],
  });

  it("both pass through CLOSING to TIME-WAIT, then CLOSED", () => {
    expect(stateLines(r).slice(3)).toEqual([
      "FIN-WAIT-1/ESTABLISHED",
      "FIN-WAIT-1/FIN-WAIT-1",
      "CLOSING/FIN-WAIT-1",
      "CLOSING/CLOSING",
      "CLOSING/TIME-WAIT",
      "TIME-WAIT/TIME-WAIT",
      "CLOSED/CLOSED",
    ]);
    expect(segmentLines(r).slice(3)).toEqual([
      "A>B ACK,FIN seq=100 ack=300",
      "B>A ACK,FIN seq=300 ack=100",
      "A>B ACK seq=101 ack=301",
      "B>A ACK seq=301 ack=101",
    ]);
  });
});
