import { describe, expect, it } from "vitest";
import { established, run, segmentLines, sentBy, stateLines } from "./testing";

describe("retransmission (RFC 9293 3.10.8, RFC 6298)", () => {
  it("a lost SYN goes again after rto, then 2*rto, 4*rto..., and the connection is given up after maxRetries", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      rto: 1,
      maxRetries: 2,
      steps: [{ call: "connect", on: "A" }, { drop: 1 }, { wait: 1 }, { drop: 2 }, { wait: 1.5 }, { wait: 0.5 }, { drop: 3 }, { wait: 3.9 }, { wait: 0.1 }],
    });
    expect(sentBy(r, 2)).toEqual(["A>B SYN seq=100 ack=0"]); // t = 1
    expect(sentBy(r, 4)).toEqual([]); // t = 2.5: the second timeout is 2 s
    expect(sentBy(r, 5)).toEqual(["A>B SYN seq=100 ack=0"]); // t = 3
    expect(sentBy(r, 7)).toEqual([]); // t = 6.9
    expect(r.trace.steps[8]!.t).toBe(7);
    expect(r.trace.steps[8]!.states.A).toBe("CLOSED");
    expect(r.trace.steps[8]!.notes).toEqual(["A: connection timed out"]);
    expect(sentBy(r, 8)).toEqual([]);
  });

  it("a lost SYN,ACK: the client's SYN and the server's SYN,ACK both go again; timers armed earlier fire first", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { drop: 2 }, { wait: 1 }, { deliver: "all" }],
    });
    expect(sentBy(r, 4)).toEqual(["A>B SYN seq=100 ack=0", "B>A ACK,SYN seq=300 ack=101"]);
    // The repeated SYN is old news to SYN-RECEIVED: it is answered with an ACK; the SYN,ACK completes the handshake.
    expect(r.trace.steps[5]!.states).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
  });

  it("a passive SYN-RECEIVED that gives up returns to LISTEN", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      maxRetries: 0,
      steps: [{ call: "listen", on: "B" }, { inject: { to: "B", flags: ["SYN"], seq: 7 } }, { deliver: 1 }, { wait: 1 }],
    });
    expect(r.trace.steps[3]!.states.B).toBe("LISTEN");
  });

  it("each endpoint may have its own rto", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      rto: { A: 3, B: 0.5 },
      steps: [{ call: "connect", on: "A" }, { call: "connect", on: "B" }, { drop: 1 }, { drop: 2 }, { wait: 0.5 }, { wait: 2.5 }],
    });
    expect(sentBy(r, 4)).toEqual(["B>A SYN seq=300 ack=0"]);
    expect(sentBy(r, 5)).toEqual(["B>A SYN seq=300 ack=0", "A>B SYN seq=100 ack=0"]);
  });

  it("a lost FIN is retransmitted with the current RCV.NXT", () => {
    const r = established([{ call: "close", on: "A" }, { drop: 4 }, { call: "send", on: "B", bytes: 5 }, { deliver: 5 }, { wait: 1 }]);
    // B's data is not acknowledged either (A's ACK is still in flight), so it goes again too, after A's FIN
    // whose timer was armed by an earlier step.
    expect(sentBy(r, 9)).toEqual(["A>B ACK,FIN seq=101 ack=306", "B>A ACK seq=301 ack=101 len=5"]);
  });

  it("a segment partly acknowledged is retransmitted whole", () => {
    const r = established([{ call: "send", on: "A", bytes: 100 }, { drop: 4 }, { inject: { to: "A", flags: ["ACK"], seq: 301, ack: 151 } }, { deliver: 5 }, { wait: 1 }]);
    expect(sentBy(r, 9)).toEqual(["A>B ACK seq=101 ack=301 len=100"]);
  });

  it("the last ACK lost: LAST-ACK retransmits its FIN until TIME-WAIT's answer arrives", () => {
    const r = established([
      { call: "close", on: "A" },
      { deliver: "all" },
      { call: "close", on: "B" },
      { deliver: 6 },
      { drop: 7 },
      { wait: 1 },
      { drop: 8 },
      { wait: 2 },
      { deliver: "all" },
    ]);
    expect(segmentLines(r).slice(5)).toEqual([
      "B>A ACK,FIN seq=301 ack=102",
      "A>B ACK seq=102 ack=302",
      "B>A ACK,FIN seq=301 ack=102",
      "B>A ACK,FIN seq=301 ack=102",
      "A>B ACK seq=102 ack=302",
    ]);
    expect(stateLines(r).at(-1)).toBe("TIME-WAIT/CLOSED");
  });
});

describe("delayed ACK", () => {
  it("the three-segment close: the FIN rides on the delayed ACK", () => {
    const r = established([{ call: "close", on: "A" }, { deliver: 4 }, { call: "close", on: "B" }, { deliver: 5 }, { deliver: 6 }], { delayedAck: true });
    expect(sentBy(r, 6)).toEqual([]);
    expect(sentBy(r, 7)).toEqual(["B>A ACK,FIN seq=301 ack=102"]);
    expect(stateLines(r).slice(5)).toEqual(["FIN-WAIT-1/ESTABLISHED", "FIN-WAIT-1/CLOSE-WAIT", "FIN-WAIT-1/LAST-ACK", "TIME-WAIT/LAST-ACK", "TIME-WAIT/CLOSED"]);
  });

  it("sends the ACK 0.2 s after the data arrived when nothing carries it sooner", () => {
    const r = established([{ call: "send", on: "A", bytes: 10 }, { deliver: 4 }, { wait: 0.1 }, { wait: 0.1 }], { delayedAck: true });
    expect(sentBy(r, 6)).toEqual([]);
    expect(sentBy(r, 7)).toEqual([]);
    expect(sentBy(r, 8)).toEqual(["B>A ACK seq=301 ack=111"]);
    expect(r.trace.steps[8]!.t).toBe(0.2);
  });

  it("data sent before the timer carries the ACK, and no separate ACK follows", () => {
    const r = established([{ call: "send", on: "A", bytes: 10 }, { deliver: 4 }, { call: "send", on: "B", bytes: 3 }, { wait: 1 }], { delayedAck: true });
    expect(sentBy(r, 7)).toEqual(["B>A ACK seq=301 ack=111 len=3"]);
    // After 1 s only retransmissions go (neither data segment was acknowledged): no separate ACK from B.
    expect(sentBy(r, 8)).toEqual(["A>B ACK seq=101 ack=301 len=10", "B>A ACK seq=301 ack=111 len=3"]);
  });

  it("never delays handshake segments", () => {
    const r = run({ isn: { A: 1, B: 2 }, delayedAck: true, steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] });
    expect(sentBy(r, 3)).toEqual(["A>B ACK seq=2 ack=3"]);
  });
});

describe("time is exact (whole microseconds, t in seconds)", () => {
  it("two waits of 0.1875 s give t = 0.375", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ wait: 0.1875 }, { wait: 0.1875 }] });
    expect(r.trace.steps.map((s) => s.t)).toEqual([0.1875, 0.375]);
  });

  it("a timer of 0.000001 s fires exactly when due, and ten waits of 0.1 s make t = 1", () => {
    const r = run({
      isn: { A: 1, B: 2 },
      rto: 0.000001,
      maxRetries: 1,
      steps: [{ call: "connect", on: "A" }, { drop: 1 }, { wait: 0.000001 }, ...Array.from({ length: 10 }, () => ({ wait: 0.1 }))],
    });
    expect(r.trace.steps[2]!.sent).toEqual([2]);
    expect(r.trace.steps[2]!.t).toBe(0.000001);
    expect(r.trace.steps.at(-1)!.t).toBe(1.000001);
  });

  it("a retransmission timeout of 0.3 s doubles to exactly 0.6 and 1.2 s", () => {
    const r = run({ isn: { A: 1, B: 2 }, rto: 0.3, steps: [{ call: "connect", on: "A" }, { drop: 1 }, { wait: 0.3 }, { drop: 2 }, { wait: 0.6 }, { drop: 3 }, { wait: 1.199999 }, { wait: 0.000001 }] });
    expect(r.trace.steps.map((s) => s.sent.length)).toEqual([1, 0, 1, 0, 1, 0, 0, 1]);
    expect(r.trace.steps.at(-1)!.t).toBe(2.1);
  });
});

describe("TIME-WAIT expiry", () => {
  it("lasts 2*msl for the msl given", () => {
    const r = established([{ call: "close", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { deliver: "all" }, { wait: 59.9 }, { wait: 0.1 }], { msl: 30 });
    expect(r.trace.steps[9]!.states.A).toBe("TIME-WAIT");
    expect(r.trace.steps[10]!.states.A).toBe("CLOSED");
  });
});

describe("sequence numbers wrap modulo 2^32", () => {
  it("an ISN of 4294967295 works through open, data and close", () => {
    const r = run({
      isn: { A: 4294967295, B: 4294967290 },
      steps: [
        { call: "listen", on: "B" },
        { call: "connect", on: "A" },
        { deliver: "all" },
        { call: "send", on: "A", bytes: 10 },
        { deliver: "all" },
        { call: "close", on: "A" },
        { deliver: "all" },
        { call: "send", on: "B", bytes: 10 },
        { call: "close", on: "B" },
        { deliver: "all" },
        { wait: 240 },
      ],
    });
    expect(segmentLines(r)).toEqual([
      "A>B SYN seq=4294967295 ack=0",
      "B>A ACK,SYN seq=4294967290 ack=0",
      "A>B ACK seq=0 ack=4294967291",
      "A>B ACK seq=0 ack=4294967291 len=10",
      "B>A ACK seq=4294967291 ack=10",
      "A>B ACK,FIN seq=10 ack=4294967291",
      "B>A ACK seq=4294967291 ack=11",
      "B>A ACK seq=4294967291 ack=11 len=10",
      "B>A ACK,FIN seq=5 ack=11",
      "A>B ACK seq=11 ack=5",
      "A>B ACK seq=11 ack=6",
    ]);
    expect(r.trace.steps.at(-1)!.states).toEqual({ A: "CLOSED", B: "CLOSED" });
  });
});
