import { describe, expect, it } from "vitest";
import { established, run, segmentLines, sentBy, stateLines, tcbAfter } from "./testing";

// SEGMENT ARRIVES, state by state (RFC 9293 section 3.10.7), in the manner of smoltcp's tests:
// each test builds on a fixture state and asserts exactly the segments emitted.

describe("CLOSED (3.10.7.1)", () => {
  it("answers a segment without ACK with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>", () => {
    const r = run({ isn: { A: 100, B: 300 }, steps: [{ call: "connect", on: "A" }, { deliver: 1 }] });
    expect(sentBy(r, 1)).toEqual(["B>A ACK,RST seq=0 ack=101"]);
  });

  it("counts data and FIN in SEG.LEN", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ inject: { to: "B", flags: ["FIN"], seq: 50, len: 10 } }, { deliver: 1 }] });
    expect(sentBy(r, 1)).toEqual(["B>A ACK,RST seq=0 ack=61"]);
  });

  it("answers a segment with ACK with <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ inject: { to: "B", flags: ["ACK"], seq: 50, ack: 777 } }, { deliver: 1 }] });
    expect(sentBy(r, 1)).toEqual(["B>A RST seq=777 ack=0"]);
  });

  it("ignores a RST", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ inject: { to: "B", flags: ["RST"], seq: 50 } }, { deliver: 1 }] });
    expect(sentBy(r, 1)).toEqual([]);
  });

  it("a SYN to a closed port is refused: the connecting side hears 'connection refused'", () => {
    const r = run({ isn: { A: 100, B: 300 }, steps: [{ call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] });
    expect(stateLines(r)).toEqual(["SYN-SENT/CLOSED", "SYN-SENT/CLOSED", "CLOSED/CLOSED"]);
    expect(r.trace.steps[2]!.notes).toEqual(["A: connection refused"]);
  });
});

describe("LISTEN (3.10.7.2)", () => {
  it("ignores a RST and answers any ACK with a RST", () => {
    const r = run({
      isn: { A: 1, B: 2 },
      steps: [{ call: "listen", on: "B" }, { inject: { to: "B", flags: ["RST"], seq: 5 } }, { deliver: 1 }, { inject: { to: "B", flags: ["ACK"], seq: 5, ack: 99 } }, { deliver: 2 }],
    });
    expect(sentBy(r, 2)).toEqual([]);
    expect(sentBy(r, 4)).toEqual(["B>A RST seq=99 ack=0"]);
    expect(r.trace.steps[4]!.states.B).toBe("LISTEN");
  });

  it("drops a segment with neither SYN, RST nor ACK", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ call: "listen", on: "B" }, { inject: { to: "B", flags: ["FIN"], seq: 5 } }, { deliver: 1 }] });
    expect(sentBy(r, 2)).toEqual([]);
    expect(r.trace.steps[2]!.states.B).toBe("LISTEN");
  });

  it("uses the ISN given to its listen call", () => {
    const r = run({ isn: { A: 1, B: 2 }, steps: [{ call: "listen", on: "B", isn: 9000 }, { call: "connect", on: "A" }, { deliver: 1 }] });
    expect(sentBy(r, 2)).toEqual(["B>A ACK,SYN seq=9000 ack=2"]);
  });

  it("a send in LISTEN turns the open active: SYN now, the data after the handshake", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "send", on: "B", bytes: 20 }, { call: "listen", on: "A" }, { deliver: 1 }, { deliver: 2 }, { deliver: 3 }],
    });
    expect(segmentLines(r)).toEqual([
      "B>A SYN seq=300 ack=0",
      "A>B ACK,SYN seq=100 ack=301",
      "B>A ACK seq=301 ack=101",
      "B>A ACK seq=301 ack=101 len=20",
    ]);
    expect(stateLines(r).slice(4)).toEqual(["SYN-RECEIVED/ESTABLISHED", "ESTABLISHED/ESTABLISHED"]);
  });
});

describe("SYN-SENT (3.10.7.3)", () => {
  it("answers an ACK of something never sent with <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = run({ isn: { A: 100, B: 300 }, steps: [{ call: "connect", on: "A" }, { inject: { to: "A", flags: ["ACK", "SYN"], seq: 7, ack: 500 } }, { deliver: 2 }] });
    expect(sentBy(r, 2)).toEqual(["A>B RST seq=500 ack=0"]);
    expect(r.trace.steps[2]!.states.A).toBe("SYN-SENT");
  });

  it("ignores a RST without an acceptable ACK", () => {
    const r = run({ isn: { A: 100, B: 300 }, steps: [{ call: "connect", on: "A" }, { inject: { to: "A", flags: ["RST"], seq: 7 } }, { deliver: 2 }] });
    expect(r.trace.steps[2]!.states.A).toBe("SYN-SENT");
  });

  it("data queued before the connection exists goes out as one segment after the handshake", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { call: "send", on: "A", bytes: 30 }, { call: "send", on: "A", bytes: 12 }, { deliver: 1 }, { deliver: 2 }],
    });
    expect(sentBy(r, 5)).toEqual(["A>B ACK seq=101 ack=301", "A>B ACK seq=101 ack=301 len=42"]);
  });
});

describe("SYN-RECEIVED", () => {
  it("an unacceptable ACK gets <SEQ=SEG.ACK><CTL=RST>", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { inject: { to: "B", flags: ["ACK"], seq: 101, ack: 999 } }, { deliver: 3 }],
    });
    expect(sentBy(r, 4)).toEqual(["B>A RST seq=999 ack=0"]);
    expect(r.trace.steps[4]!.states.B).toBe("SYN-RECEIVED");
  });

  it("a passive SYN-RECEIVED returns to LISTEN on a new SYN in the window", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { inject: { to: "B", flags: ["SYN"], seq: 5000 } }, { deliver: 3 }],
    });
    expect(r.trace.steps[4]!.states.B).toBe("LISTEN");
    expect(sentBy(r, 4)).toEqual([]);
  });

  it("CLOSE sends a FIN and goes to FIN-WAIT-1; the ACK of SYN and FIN then leads to FIN-WAIT-2", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { call: "close", on: "B" }, { deliver: 2 }, { deliver: 3 }, { deliver: 4 }, { deliver: 5 }],
    });
    expect(segmentLines(r)).toEqual([
      "A>B SYN seq=100 ack=0",
      "B>A ACK,SYN seq=300 ack=101",
      "B>A ACK,FIN seq=301 ack=101",
      "A>B ACK seq=101 ack=301",
      "A>B ACK seq=101 ack=302",
    ]);
    expect(stateLines(r).slice(3)).toEqual([
      "SYN-SENT/FIN-WAIT-1",
      "ESTABLISHED/FIN-WAIT-1",
      "CLOSE-WAIT/FIN-WAIT-1",
      "CLOSE-WAIT/FIN-WAIT-1",
      "CLOSE-WAIT/FIN-WAIT-2",
    ]);
  });

  it("CLOSE with data queued sends the data, then the FIN, once ESTABLISHED", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [
        { call: "connect", on: "A" },
        { call: "connect", on: "B" },
        { deliver: 2 }, // A SYN-RECEIVED (active)
        { call: "send", on: "A", bytes: 5 },
        { call: "close", on: "A" },
        { call: "send", on: "A", bytes: 5 },
        { deliver: 1 },
        { deliver: 4 }, // A ESTABLISHED: data then FIN
      ],
    });
    expect(r.trace.steps[5]!.error).toBe("connection closing");
    expect(sentBy(r, 7)).toEqual(["A>B ACK seq=101 ack=301 len=5", "A>B ACK,FIN seq=106 ack=301"]);
    expect(r.trace.steps[7]!.states.A).toBe("FIN-WAIT-1");
  });

  it("an active SYN-RECEIVED hears 'connection refused' on a RST and closes", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      steps: [{ call: "connect", on: "A" }, { call: "connect", on: "B" }, { deliver: 2 }, { inject: { to: "A", flags: ["RST"], seq: 301 } }, { deliver: 4 }],
    });
    expect(r.trace.steps[4]!.states.A).toBe("CLOSED");
    expect(r.trace.steps[4]!.notes).toEqual(["A: connection refused"]);
  });
});

describe("ESTABLISHED", () => {
  it("acknowledges data with the next expected sequence number", () => {
    const r = established([{ call: "send", on: "B", bytes: 250 }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual(["A>B ACK seq=101 ack=551"]);
    expect(tcbAfter(r, "A").rcvNxt).toBe(551);
  });

  it("a RST exactly at RCV.NXT resets; elsewhere in the window it gets a challenge ACK (RFC 5961)", () => {
    const exact = established([{ inject: { to: "A", flags: ["RST"], seq: 301 } }, { deliver: 4 }]);
    expect(exact.trace.steps[6]!.states.A).toBe("CLOSED");
    expect(exact.trace.steps[6]!.notes).toEqual(["A: connection reset"]);
    const inWindow = established([{ inject: { to: "A", flags: ["RST"], seq: 1301 } }, { deliver: 4 }]);
    expect(sentBy(inWindow, 6)).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(inWindow.trace.steps[6]!.states.A).toBe("ESTABLISHED");
  });

  it("drops a RST outside the window silently", () => {
    const r = established([{ inject: { to: "A", flags: ["RST"], seq: 301 + 70000 } }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual([]);
    expect(r.trace.steps[6]!.states.A).toBe("ESTABLISHED");
  });

  it("any SYN gets the challenge ACK and changes nothing", () => {
    const r = established([{ inject: { to: "B", flags: ["SYN"], seq: 555 } }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(r.trace.steps[6]!.states.B).toBe("ESTABLISHED");
  });

  it("answers an old duplicate with an ACK and does not take its data twice", () => {
    const r = established([{ call: "send", on: "A", bytes: 10 }, { deliver: 4 }, { duplicate: 4 }, { deliver: 6 }]);
    expect(sentBy(r, 8)).toEqual(["B>A ACK seq=301 ack=111"]);
    expect(tcbAfter(r, "B").rcvNxt).toBe(111);
  });

  it("does not keep data beyond a gap: it answers at once with the ACK of what it has", () => {
    const r = established([{ call: "send", on: "A", bytes: 10 }, { call: "send", on: "A", bytes: 10 }, { deliver: 5 }]);
    expect(sentBy(r, 7)).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(tcbAfter(r, "B").rcvNxt).toBe(101);
  });

  it("an ACK of data never sent is answered with an ACK and dropped", () => {
    const r = established([{ inject: { to: "A", flags: ["ACK"], seq: 301, ack: 5000, len: 3 } }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(tcbAfter(r, "A").rcvNxt).toBe(301);
  });

  it("takes the new part of a segment that overlaps what it already has", () => {
    const r = established([{ call: "send", on: "A", bytes: 10 }, { deliver: 4 }, { inject: { to: "B", flags: ["ACK"], seq: 106, ack: 301, len: 10 } }, { deliver: 6 }]);
    expect(tcbAfter(r, "B").rcvNxt).toBe(116);
  });

  it("a FIN moves it to CLOSE-WAIT, and the application hears 'remote closed'", () => {
    const r = established([{ call: "close", on: "A" }, { deliver: 4 }]);
    expect(r.trace.steps[6]!.states.B).toBe("CLOSE-WAIT");
    expect(r.trace.steps[6]!.notes).toEqual(["B: remote closed"]);
  });

  it("ABORT sends <SEQ=SND.NXT><CTL=RST> and the peer resets", () => {
    const r = established([{ call: "abort", on: "A" }, { deliver: 4 }]);
    expect(sentBy(r, 5)).toEqual(["A>B RST seq=101 ack=0"]);
    expect(stateLines(r).slice(5)).toEqual(["CLOSED/ESTABLISHED", "CLOSED/CLOSED"]);
  });
});

describe("CLOSE-WAIT: the half-close", () => {
  it("the passive side still sends data after it received the FIN; the other side acknowledges it", () => {
    const r = established([{ call: "close", on: "A" }, { deliver: 4 }, { deliver: 5 }, { call: "send", on: "B", bytes: 100 }, { deliver: 6 }]);
    expect(sentBy(r, 8)).toEqual(["B>A ACK seq=301 ack=102 len=100"]);
    expect(sentBy(r, 9)).toEqual(["A>B ACK seq=102 ack=401"]);
    expect(r.trace.steps[9]!.states).toEqual({ A: "FIN-WAIT-2", B: "CLOSE-WAIT" });
  });

  it("the side that closed can no longer send", () => {
    const r = established([{ call: "close", on: "A" }, { call: "send", on: "A", bytes: 1 }]);
    expect(r.trace.steps[6]!.error).toBe("connection closing");
    expect(r.trace.steps[6]!.sent).toEqual([]);
  });
});

describe("FIN-WAIT-1", () => {
  it("a FIN riding on the ACK of our FIN goes straight to TIME-WAIT (three-segment close)", () => {
    const r = established([
      { call: "close", on: "A" },
      { inject: { to: "A", flags: ["ACK", "FIN"], seq: 301, ack: 102 } },
      { deliver: 5 },
    ]);
    expect(r.trace.steps[7]!.states.A).toBe("TIME-WAIT");
    expect(r.records[7]!.transitions.map((t) => `${t.from}>${t.to} ${t.event}`)).toEqual(["FIN-WAIT-1>TIME-WAIT rcv:FIN-ACK"]);
    expect(sentBy(r, 7)).toEqual(["A>B ACK seq=102 ack=302"]);
  });

  it("data received in FIN-WAIT-1 is taken and acknowledged", () => {
    const r = established([{ call: "close", on: "A" }, { call: "send", on: "B", bytes: 7 }, { deliver: 5 }]);
    expect(sentBy(r, 7)).toEqual(["A>B ACK seq=102 ack=308"]);
    expect(r.trace.steps[7]!.states.A).toBe("FIN-WAIT-1");
  });

  it("a second CLOSE is refused with 'connection closing'", () => {
    const r = established([{ call: "close", on: "A" }, { call: "close", on: "A" }]);
    expect(r.trace.steps[6]!.error).toBe("connection closing");
  });
});

describe("CLOSING, LAST-ACK and TIME-WAIT", () => {
  it("TIME-WAIT acknowledges a retransmitted FIN and restarts its 2 MSL timer", () => {
    const r = established(
      [
        { call: "close", on: "A" },
        { deliver: 4 },
        { deliver: 5 },
        { call: "close", on: "B" },
        { deliver: 6 },
        { drop: 7 }, // the last ACK is lost
        { wait: 1 }, // B retransmits its FIN: 8
        { deliver: 8 }, // A acknowledges again: 9, and restarts 2 MSL from t = 1
        { deliver: 9 },
        { wait: 10 },
        { wait: 10 },
      ],
      { msl: 10 },
    );
    expect(sentBy(r, 11)).toEqual(["B>A ACK,FIN seq=301 ack=102"]);
    expect(sentBy(r, 12)).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(stateLines(r).slice(11)).toEqual(["TIME-WAIT/LAST-ACK", "TIME-WAIT/LAST-ACK", "TIME-WAIT/CLOSED", "TIME-WAIT/CLOSED", "CLOSED/CLOSED"]);
    expect(r.trace.steps[15]!.t).toBe(21);
  });

  it("LAST-ACK closes on the ACK of its FIN and ignores other ACKs", () => {
    const r = established([
      { call: "close", on: "A" },
      { deliver: 4 },
      { call: "close", on: "B" },
      { deliver: 5 }, // the ACK of A's FIN (old news to B)
      { inject: { to: "B", flags: ["ACK"], seq: 102, ack: 301 } },
      { deliver: 7 },
      { deliver: 6 },
      { deliver: 8 },
    ]);
    expect(r.trace.steps[10]!.states.B).toBe("LAST-ACK");
    expect(r.trace.steps[12]!.states.B).toBe("CLOSED");
  });

  it("a RST in TIME-WAIT closes the connection (RFC 9293 3.10.7.4)", () => {
    const r = established([
      { call: "close", on: "A" },
      { deliver: 4 },
      { deliver: 5 },
      { call: "close", on: "B" },
      { deliver: 6 },
      { inject: { to: "A", flags: ["RST"], seq: 302 } },
      { deliver: 8 },
    ]);
    expect(r.trace.steps[10]!.states.A).toBe("TIME-WAIT");
    expect(r.trace.steps[11]!.states.A).toBe("CLOSED");
  });

  it("a new SYN in TIME-WAIT gets the challenge ACK", () => {
    const r = established([
      { call: "close", on: "A" },
      { deliver: 4 },
      { deliver: 5 },
      { call: "close", on: "B" },
      { deliver: 6 },
      { inject: { to: "A", flags: ["SYN"], seq: 9999 } },
      { deliver: 8 },
    ]);
    expect(sentBy(r, 11)).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(r.trace.steps[11]!.states.A).toBe("TIME-WAIT");
  });
});
