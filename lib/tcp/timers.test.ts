import { describe, expect, it } from "vitest";
import { establishedPair, exchange, finWait1, listening, segmentLines, stateLines, synReceived, timeWait } from "./testing";

// The timers (RFC 9293 3.8 and 3.10.8; RFC 6298), built on the fixture chain of lib/tcp/testing.ts:
// each test starts from the state it is about and reads what each wait or loss emitted.

describe("retransmission (RFC 9293 3.10.8, RFC 6298)", () => {
  it("a lost SYN goes again after rto, then 2*rto, 4*rto..., and the connection is given up after maxRetries", () => {
    const first = exchange({ rto: 1, maxRetries: 2 }).call("A", "connect").drop("A", "SYN").wait(1);
    expect(first.last).toMatchObject({ t: 1, sent: ["A>B SYN seq=100 ack=0"] });
    const early = first.drop("A", "SYN").wait(1.5);
    expect(early.last).toMatchObject({ t: 2.5, sent: [] }); // the second timeout is 2 s
    const second = early.wait(0.5);
    expect(second.last).toMatchObject({ t: 3, sent: ["A>B SYN seq=100 ack=0"] });
    const waiting = second.drop("A", "SYN").wait(3.9);
    expect(waiting.last.sent).toEqual([]);
    const gaveUp = waiting.wait(0.1);
    expect(gaveUp.last).toMatchObject({ t: 7, sent: [], notes: ["A: connection timed out"] });
    expect(gaveUp.states.A).toBe("CLOSED");
  });

  it("a lost SYN,ACK: the client's SYN and the server's SYN,ACK both go again; timers armed earlier fire first", () => {
    const again = synReceived().drop("B", "SYN,ACK").wait(1);
    expect(again.last.sent).toEqual(["A>B SYN seq=100 ack=0", "B>A ACK,SYN seq=300 ack=101"]);
    // The repeated SYN is old news to SYN-RECEIVED: it is answered with an ACK; the SYN,ACK completes the handshake.
    expect(again.then({ deliver: "all" }).states).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
  });

  it("a passive SYN-RECEIVED that gives up returns to LISTEN", () => {
    const x = listening({ maxRetries: 0 })
      .inject("B", { flags: ["SYN"], seq: 7 })
      .wait(1);
    expect(x.states.B).toBe("LISTEN");
  });

  it("each endpoint may have its own rto", () => {
    const lost = exchange({ rto: { A: 3, B: 0.5 } })
      .call("A", "connect")
      .call("B", "connect")
      .drop("A", "SYN")
      .drop("B", "SYN");
    const b = lost.wait(0.5);
    expect(b.last.sent).toEqual(["B>A SYN seq=300 ack=0"]);
    expect(b.wait(2.5).last.sent).toEqual(["B>A SYN seq=300 ack=0", "A>B SYN seq=100 ack=0"]);
  });

  it("a lost FIN is retransmitted with the current RCV.NXT", () => {
    const x = finWait1().drop("A", "FIN,ACK").call("B", "send", { bytes: 5 }).deliver("B", "ACK").wait(1);
    // B's data is not acknowledged either (A's ACK is still in flight), so it goes again too, after A's FIN
    // whose timer was armed by an earlier step.
    expect(x.last.sent).toEqual(["A>B ACK,FIN seq=101 ack=306", "B>A ACK seq=301 ack=101 len=5"]);
  });

  it("a segment partly acknowledged is retransmitted whole", () => {
    const x = establishedPair()
      .call("A", "send", { bytes: 100 })
      .drop("A", "ACK")
      .inject("A", { flags: ["ACK"], seq: 301, ack: 151 })
      .wait(1);
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301 len=100"]);
  });

  it("the last ACK lost: LAST-ACK retransmits its FIN until TIME-WAIT's answer arrives", () => {
    const x = timeWait().drop("A", "ACK").wait(1).drop("B", "FIN,ACK").wait(2).then({ deliver: "all" });
    expect(segmentLines(x.run).slice(5)).toEqual([
      "B>A ACK,FIN seq=301 ack=102",
      "A>B ACK seq=102 ack=302",
      "B>A ACK,FIN seq=301 ack=102",
      "B>A ACK,FIN seq=301 ack=102",
      "A>B ACK seq=102 ack=302",
    ]);
    expect(x.states).toEqual({ A: "TIME-WAIT", B: "CLOSED" });
  });
});

describe("delayed ACK", () => {
  it("the three-segment close: the FIN rides on the delayed ACK", () => {
    const waiting = finWait1({ delayedAck: true }).deliver("A", "FIN,ACK");
    expect(waiting.last.sent).toEqual([]);
    const closed = waiting.call("B", "close");
    expect(closed.last.sent).toEqual(["B>A ACK,FIN seq=301 ack=102"]);
    const x = closed.deliver("B", "FIN,ACK").deliver("A", "ACK");
    expect(stateLines(x.run).slice(5)).toEqual([
      "FIN-WAIT-1/ESTABLISHED",
      "FIN-WAIT-1/CLOSE-WAIT",
      "FIN-WAIT-1/LAST-ACK",
      "TIME-WAIT/LAST-ACK",
      "TIME-WAIT/CLOSED",
    ]);
  });

  it("sends the ACK 0.2 s after the data arrived when nothing carries it sooner", () => {
    const arrived = establishedPair({ delayedAck: true }).call("A", "send", { bytes: 10 }).deliver("A", "ACK");
    expect(arrived.last.sent).toEqual([]);
    expect(arrived.wait(0.1).last.sent).toEqual([]);
    expect(arrived.wait(0.1).wait(0.1).last).toMatchObject({ t: 0.2, sent: ["B>A ACK seq=301 ack=111"] });
  });

  it("data sent before the timer carries the ACK, and no separate ACK follows", () => {
    const carried = establishedPair({ delayedAck: true }).call("A", "send", { bytes: 10 }).deliver("A", "ACK").call("B", "send", { bytes: 3 });
    expect(carried.last.sent).toEqual(["B>A ACK seq=301 ack=111 len=3"]);
    // After 1 s only retransmissions go (neither data segment was acknowledged): no separate ACK from B.
    expect(carried.wait(1).last.sent).toEqual(["A>B ACK seq=101 ack=301 len=10", "B>A ACK seq=301 ack=111 len=3"]);
  });

  it("never delays handshake segments", () => {
    const x = synReceived({ isn: { A: 1, B: 2 }, delayedAck: true }).deliver("B", "SYN,ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=2 ack=3"]);
  });
});

describe("time is exact (whole microseconds, t in seconds)", () => {
  it("two waits of 0.1875 s give t = 0.375", () => {
    const x = exchange().wait(0.1875).wait(0.1875);
    expect([x.view(0).t, x.last.t]).toEqual([0.1875, 0.375]);
  });

  it("a timer of 0.000001 s fires exactly when due, and ten waits of 0.1 s make t = 1", () => {
    const fired = exchange({ rto: 0.000001, maxRetries: 1 }).call("A", "connect").drop("A", "SYN").wait(0.000001);
    expect(fired.last).toMatchObject({ t: 0.000001, sent: ["A>B SYN seq=100 ack=0"] });
    const later = Array.from({ length: 10 }).reduce<typeof fired>((x) => x.wait(0.1), fired);
    expect(later.last.t).toBe(1.000001);
  });

  it("a retransmission timeout of 0.3 s doubles to exactly 0.6 and 1.2 s", () => {
    const x = exchange({ rto: 0.3 }).call("A", "connect").drop("A", "SYN").wait(0.3).drop("A", "SYN").wait(0.6).drop("A", "SYN").wait(1.199999).wait(0.000001);
    expect(x.run.trace.steps.map((s) => s.sent.length)).toEqual([1, 0, 1, 0, 1, 0, 0, 1]);
    expect(x.last.t).toBe(2.1);
  });
});

describe("TIME-WAIT expiry", () => {
  it("lasts 2*msl for the msl given", () => {
    const waiting = timeWait({ msl: 30 }).deliver("A", "ACK").wait(59.9);
    expect(waiting.states.A).toBe("TIME-WAIT");
    const expired = waiting.wait(0.1);
    expect(expired.states.A).toBe("CLOSED");
    expect(expired.last.transitions).toEqual(["TIME-WAIT>CLOSED timeout:time-wait"]);
  });
});

describe("sequence numbers wrap modulo 2^32", () => {
  it("an ISN of 4294967295 works through open, data and close", () => {
    const all = { deliver: "all" } as const;
    const x = exchange({ isn: { A: 4294967295, B: 4294967290 } })
      .call("B", "listen")
      .call("A", "connect")
      .then(all)
      .call("A", "send", { bytes: 10 })
      .then(all)
      .call("A", "close")
      .then(all)
      .call("B", "send", { bytes: 10 })
      .call("B", "close")
      .then(all)
      .wait(240);
    expect(segmentLines(x.run)).toEqual([
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
    expect(x.states).toEqual({ A: "CLOSED", B: "CLOSED" });
  });
});
