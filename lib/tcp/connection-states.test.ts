import { describe, expect, it } from "vitest";
import {
  closeWait,
  closing,
  establishedPair,
  exchange,
  finWait1,
  finWait2,
  lastAck,
  listening,
  segmentLines,
  stateLines,
  synReceived,
  synSent,
  timeWait,
} from "./testing";

// SEGMENT ARRIVES, state by state (RFC 9293 section 3.10.7), in the manner of smoltcp's tests:
// each block starts from its state's fixture (lib/tcp/testing.ts, each built on the one before),
// takes one step, and asserts exactly the segments that step emitted and where it left both ends.

describe("CLOSED (3.10.7.1)", () => {
  it("answers a segment without ACK with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>", () => {
    const x = exchange().call("A", "connect").deliver("A", "SYN");
    expect(x.last.sent).toEqual(["B>A ACK,RST seq=0 ack=101"]);
  });

  it("counts data and FIN in SEG.LEN", () => {
    const x = exchange().inject("B", { flags: ["FIN"], seq: 50, len: 10 });
    expect(x.last.sent).toEqual(["B>A ACK,RST seq=0 ack=61"]);
  });

  it("answers a segment with ACK with <SEQ=SEG.ACK><CTL=RST>", () => {
    const x = exchange().inject("B", { flags: ["ACK"], seq: 50, ack: 777 });
    expect(x.last.sent).toEqual(["B>A RST seq=777 ack=0"]);
  });

  it("ignores a RST", () => {
    expect(exchange().inject("B", { flags: ["RST"], seq: 50 }).last.sent).toEqual([]);
  });

  it("a SYN to a closed port is refused: the connecting side hears 'connection refused'", () => {
    const x = exchange().call("A", "connect").deliver("A", "SYN").deliver("B", "RST,ACK");
    expect(x.states).toEqual({ A: "CLOSED", B: "CLOSED" });
    expect(x.last.notes).toEqual(["A: connection refused"]);
  });
});

describe("LISTEN (3.10.7.2)", () => {
  it("ignores a RST", () => {
    const x = listening().inject("B", { flags: ["RST"], seq: 5 });
    expect(x.last.sent).toEqual([]);
    expect(x.states.B).toBe("LISTEN");
  });

  it("answers any ACK with a RST and keeps listening", () => {
    const x = listening().inject("B", { flags: ["ACK"], seq: 5, ack: 99 });
    expect(x.last.sent).toEqual(["B>A RST seq=99 ack=0"]);
    expect(x.states.B).toBe("LISTEN");
  });

  it("drops a segment with neither SYN, RST nor ACK", () => {
    const x = listening().inject("B", { flags: ["FIN"], seq: 5 });
    expect(x.last.sent).toEqual([]);
    expect(x.states.B).toBe("LISTEN");
  });

  it("answers a SYN with its SYN,ACK and goes to SYN-RECEIVED", () => {
    const x = synReceived();
    expect(x.last.sent).toEqual(["B>A ACK,SYN seq=300 ack=101"]);
    expect(x.states).toEqual({ A: "SYN-SENT", B: "SYN-RECEIVED" });
  });

  it("uses the ISN given to its listen call", () => {
    const x = exchange().call("B", "listen", { isn: 9000 }).call("A", "connect").deliver("A", "SYN");
    expect(x.last.sent).toEqual(["B>A ACK,SYN seq=9000 ack=101"]);
  });

  it("a send in LISTEN turns the open active: SYN now, the data after the handshake", () => {
    const sent = listening().call("B", "send", { bytes: 20 });
    expect(sent.last.sent).toEqual(["B>A SYN seq=300 ack=0"]);
    const x = sent.call("A", "listen").deliver("B", "SYN").deliver("A", "SYN,ACK");
    expect(x.last.sent).toEqual(["B>A ACK seq=301 ack=101", "B>A ACK seq=301 ack=101 len=20"]);
    expect(x.states).toEqual({ A: "SYN-RECEIVED", B: "ESTABLISHED" });
    // The data segment alone completes A's handshake: it carries the ACK of A's SYN.
    const data = x.deliver("B", "ACK");
    expect(data.states).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
    expect(data.tcb("A").rcvNxt).toBe(321);
  });
});

describe("SYN-SENT (3.10.7.3)", () => {
  it("answers an ACK of something never sent with <SEQ=SEG.ACK><CTL=RST> and keeps waiting", () => {
    const x = synSent().inject("A", { flags: ["ACK", "SYN"], seq: 7, ack: 500 });
    expect(x.last.sent).toEqual(["A>B RST seq=500 ack=0"]);
    expect(x.states.A).toBe("SYN-SENT");
  });

  it("ignores a RST without an acceptable ACK", () => {
    const x = synSent().inject("A", { flags: ["RST"], seq: 7 });
    expect(x.last.sent).toEqual([]);
    expect(x.states.A).toBe("SYN-SENT");
  });

  it("takes the SYN,ACK, acknowledges it and is ESTABLISHED", () => {
    const x = synReceived().deliver("B", "SYN,ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(x.states).toEqual({ A: "ESTABLISHED", B: "SYN-RECEIVED" });
  });

  it("data queued before the connection exists goes out as one segment after the handshake", () => {
    const x = synSent().call("A", "send", { bytes: 30 }).call("A", "send", { bytes: 12 }).deliver("A", "SYN").deliver("B", "SYN,ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301", "A>B ACK seq=101 ack=301 len=42"]);
  });
});

describe("SYN-RECEIVED", () => {
  it("the ACK of its SYN makes it ESTABLISHED", () => {
    const x = establishedPair();
    expect(x.last.sent).toEqual([]);
    expect(x.last.transitions).toEqual(["SYN-RECEIVED>ESTABLISHED rcv:ACK"]);
  });

  it("an unacceptable ACK gets <SEQ=SEG.ACK><CTL=RST>", () => {
    const x = synReceived().inject("B", { flags: ["ACK"], seq: 101, ack: 999 });
    expect(x.last.sent).toEqual(["B>A RST seq=999 ack=0"]);
    expect(x.states.B).toBe("SYN-RECEIVED");
  });

  it("a passive SYN-RECEIVED returns to LISTEN on a new SYN in the window", () => {
    const x = synReceived().inject("B", { flags: ["SYN"], seq: 5000 });
    expect(x.last.sent).toEqual([]);
    expect(x.states.B).toBe("LISTEN");
  });

  it("CLOSE sends a FIN and goes to FIN-WAIT-1; the ACK of SYN and FIN then leads to FIN-WAIT-2", () => {
    const closed = synReceived().call("B", "close");
    expect(closed.last.sent).toEqual(["B>A ACK,FIN seq=301 ack=101"]);
    expect(closed.states.B).toBe("FIN-WAIT-1");
    const a = closed.deliver("B", "SYN,ACK").deliver("B", "FIN,ACK");
    expect(a.states).toEqual({ A: "CLOSE-WAIT", B: "FIN-WAIT-1" });
    const x = a.deliver("A", "ACK");
    expect(x.states).toEqual({ A: "CLOSE-WAIT", B: "FIN-WAIT-2" });
    expect(segmentLines(x.run).slice(-2)).toEqual(["A>B ACK seq=101 ack=301", "A>B ACK seq=101 ack=302"]);
  });

  it("CLOSE with data queued sends the data, then the FIN, once ESTABLISHED", () => {
    // Simultaneous open: A reaches SYN-RECEIVED actively, with data and a CLOSE queued.
    const active = exchange().call("A", "connect").call("B", "connect").deliver("B", "SYN");
    const queued = active.call("A", "send", { bytes: 5 }).call("A", "close").call("A", "send", { bytes: 5 });
    expect(queued.last.error).toBe("connection closing");
    const x = queued.deliver("A", "SYN").deliver("B", "SYN,ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301 len=5", "A>B ACK,FIN seq=106 ack=301"]);
    expect(x.states.A).toBe("FIN-WAIT-1");
  });

  it("an active SYN-RECEIVED hears 'connection refused' on a RST and closes", () => {
    const x = exchange()
      .call("A", "connect")
      .call("B", "connect")
      .deliver("B", "SYN")
      .inject("A", { flags: ["RST"], seq: 301 });
    expect(x.states.A).toBe("CLOSED");
    expect(x.last.notes).toEqual(["A: connection refused"]);
  });
});

describe("ESTABLISHED", () => {
  it("acknowledges data with the next expected sequence number", () => {
    const x = establishedPair().call("B", "send", { bytes: 250 }).deliver("B", "ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=551"]);
    expect(x.tcb("A").rcvNxt).toBe(551);
  });

  it("a RST exactly at RCV.NXT resets", () => {
    const x = establishedPair().inject("A", { flags: ["RST"], seq: 301 });
    expect(x.states.A).toBe("CLOSED");
    expect(x.last.notes).toEqual(["A: connection reset"]);
  });

  it("a RST elsewhere in the window gets a challenge ACK and changes nothing (RFC 5961 3.2)", () => {
    const x = establishedPair().inject("A", { flags: ["RST"], seq: 1301 });
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(x.states.A).toBe("ESTABLISHED");
  });

  it("drops a RST outside the window silently", () => {
    const x = establishedPair().inject("A", { flags: ["RST"], seq: 301 + 70000 });
    expect(x.last.sent).toEqual([]);
    expect(x.states.A).toBe("ESTABLISHED");
  });

  it("any SYN gets the challenge ACK and changes nothing (RFC 5961 4.2)", () => {
    const x = establishedPair().inject("B", { flags: ["SYN"], seq: 555 });
    expect(x.last.sent).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(x.states.B).toBe("ESTABLISHED");
  });

  it("answers an old duplicate with an ACK and does not take its data twice", () => {
    const x = establishedPair().call("A", "send", { bytes: 10 }).deliver("A", "ACK").redeliver("A", "ACK");
    expect(x.last.sent).toEqual(["B>A ACK seq=301 ack=111"]);
    expect(x.tcb("B").rcvNxt).toBe(111);
  });

  it("does not keep data beyond a gap: it answers at once with the ACK of what it has", () => {
    const two = establishedPair().call("A", "send", { bytes: 10 }).call("A", "send", { bytes: 10 });
    const x = two.then({ deliver: two.run.trace.segments.at(-1)!.id });
    expect(x.last.sent).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(x.tcb("B").rcvNxt).toBe(101);
  });

  it("an ACK of data never sent is answered with an ACK and dropped", () => {
    const x = establishedPair().inject("A", { flags: ["ACK"], seq: 301, ack: 5000, len: 3 });
    expect(x.last.sent).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(x.tcb("A").rcvNxt).toBe(301);
  });

  it("takes the new part of a segment that overlaps what it already has", () => {
    const x = establishedPair()
      .call("A", "send", { bytes: 10 })
      .deliver("A", "ACK")
      .inject("B", { flags: ["ACK"], seq: 106, ack: 301, len: 10 });
    expect(x.tcb("B").rcvNxt).toBe(116);
  });

  it("a FIN moves it to CLOSE-WAIT, and the application hears 'remote closed'", () => {
    const x = closeWait();
    expect(x.last.sent).toEqual(["B>A ACK seq=301 ack=102"]);
    expect(x.states.B).toBe("CLOSE-WAIT");
    expect(x.last.notes).toEqual(["B: remote closed"]);
  });

  it("ABORT sends <SEQ=SND.NXT><CTL=RST> and the peer resets", () => {
    const aborted = establishedPair().call("A", "abort");
    expect(aborted.last.sent).toEqual(["A>B RST seq=101 ack=0"]);
    expect(aborted.states).toEqual({ A: "CLOSED", B: "ESTABLISHED" });
    expect(aborted.deliver("A", "RST").states).toEqual({ A: "CLOSED", B: "CLOSED" });
  });
});

describe("CLOSE-WAIT: the half-close", () => {
  it("the passive side still sends data after it received the FIN; the other side acknowledges it", () => {
    const sent = finWait2().call("B", "send", { bytes: 100 });
    expect(sent.last.sent).toEqual(["B>A ACK seq=301 ack=102 len=100"]);
    const x = sent.deliver("B", "ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=401"]);
    expect(x.states).toEqual({ A: "FIN-WAIT-2", B: "CLOSE-WAIT" });
  });

  it("CLOSE sends its FIN and goes to LAST-ACK", () => {
    const x = lastAck();
    expect(x.last.sent).toEqual(["B>A ACK,FIN seq=301 ack=102"]);
    expect(x.last.transitions).toEqual(["CLOSE-WAIT>LAST-ACK call:close"]);
  });
});

describe("FIN-WAIT-1", () => {
  it("the side that closed can no longer send", () => {
    const x = finWait1().call("A", "send", { bytes: 1 });
    expect(x.last.error).toBe("connection closing");
    expect(x.last.sent).toEqual([]);
  });

  it("the ACK of its FIN leads to FIN-WAIT-2, sending nothing", () => {
    const x = finWait2();
    expect(x.last.sent).toEqual([]);
    expect(x.last.transitions).toEqual(["FIN-WAIT-1>FIN-WAIT-2 rcv:ACK"]);
  });

  it("a FIN riding on the ACK of our FIN goes straight to TIME-WAIT (three-segment close)", () => {
    const x = finWait1().inject("A", { flags: ["ACK", "FIN"], seq: 301, ack: 102 });
    expect(x.states.A).toBe("TIME-WAIT");
    expect(x.last.transitions).toEqual(["FIN-WAIT-1>TIME-WAIT rcv:FIN-ACK"]);
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
  });

  it("a FIN that does not acknowledge ours leads to CLOSING (simultaneous close)", () => {
    const x = closing();
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(x.last.transitions).toEqual(["FIN-WAIT-1>CLOSING rcv:FIN"]);
  });

  it("data received in FIN-WAIT-1 is taken and acknowledged", () => {
    const y = finWait1().call("B", "send", { bytes: 7 }).deliver("B", "ACK");
    expect(y.last.sent).toEqual(["A>B ACK seq=102 ack=308"]);
    expect(y.states.A).toBe("FIN-WAIT-1");
  });

  it("a second CLOSE is refused with 'connection closing'", () => {
    expect(finWait1().call("A", "close").last.error).toBe("connection closing");
  });
});

describe("FIN-WAIT-2", () => {
  it("still takes data and acknowledges it", () => {
    const x = finWait2().call("B", "send", { bytes: 40 }).deliver("B", "ACK");
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=341"]);
    expect(x.states.A).toBe("FIN-WAIT-2");
  });

  it("the peer's FIN leads to TIME-WAIT with the last ACK", () => {
    const x = timeWait();
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(x.last.transitions).toEqual(["FIN-WAIT-2>TIME-WAIT rcv:FIN"]);
    expect(x.last.notes).toEqual(["A: remote closed"]);
  });

  it("a RST at RCV.NXT resets it", () => {
    const x = finWait2().inject("A", { flags: ["RST"], seq: 301 });
    expect(x.states.A).toBe("CLOSED");
  });

  it("a CLOSE there is refused: its FIN is already sent", () => {
    expect(finWait2().call("A", "close").last.error).toBe("connection closing");
  });
});

describe("CLOSING", () => {
  it("the ACK of its FIN leads to TIME-WAIT", () => {
    const acked = closing().deliver("A", "FIN,ACK");
    expect(acked.last.sent).toEqual(["B>A ACK seq=302 ack=102"]);
    const x = acked.deliver("B", "ACK");
    expect(x.states.A).toBe("TIME-WAIT");
    expect(x.last.transitions).toEqual(["CLOSING>TIME-WAIT rcv:ACK"]);
    expect(x.last.sent).toEqual([]);
  });

  it("both ends pass through CLOSING and TIME-WAIT when the FINs cross", () => {
    const x = closing().deliver("A", "FIN,ACK").deliver("A", "ACK").deliver("B", "ACK");
    expect(x.states).toEqual({ A: "TIME-WAIT", B: "TIME-WAIT" });
    expect(stateLines(x.run)).toContain("CLOSING/CLOSING");
  });

  it("a retransmitted FIN is acknowledged again and changes nothing", () => {
    const x = closing().inject("A", { flags: ["ACK", "FIN"], seq: 301, ack: 101 });
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(x.states.A).toBe("CLOSING");
  });
});

describe("LAST-ACK", () => {
  it("closes on the ACK of its FIN", () => {
    const x = timeWait().deliver("A", "ACK");
    expect(x.states.B).toBe("CLOSED");
    expect(x.last.transitions).toEqual(["LAST-ACK>CLOSED rcv:ACK"]);
  });

  it("ignores an ACK that does not cover its FIN", () => {
    const x = lastAck().inject("B", { flags: ["ACK"], seq: 102, ack: 301 });
    expect(x.states.B).toBe("LAST-ACK");
    expect(x.last.sent).toEqual([]);
  });
});

describe("TIME-WAIT", () => {
  it("acknowledges a retransmitted FIN and restarts its 2 MSL timer", () => {
    const lost = timeWait({ msl: 10 }).drop("A", "ACK");
    const again = lost.wait(1);
    expect(again.last.sent).toEqual(["B>A ACK,FIN seq=301 ack=102"]);
    const acked = again.deliver("B", "FIN,ACK");
    expect(acked.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
    const x = acked.deliver("A", "ACK").wait(10).wait(10);
    expect(stateLines(x.run).slice(-5)).toEqual(["TIME-WAIT/LAST-ACK", "TIME-WAIT/LAST-ACK", "TIME-WAIT/CLOSED", "TIME-WAIT/CLOSED", "CLOSED/CLOSED"]);
    // 2 MSL counted from t = 1, when the retransmitted FIN arrived: closed at 21, not at 20.
    expect(x.last.t).toBe(21);
  });

  it("a RST closes the connection (RFC 9293 3.10.7.4)", () => {
    const x = timeWait().inject("A", { flags: ["RST"], seq: 302 });
    expect(x.states.A).toBe("CLOSED");
  });

  it("a new SYN gets the challenge ACK", () => {
    const x = timeWait().inject("A", { flags: ["SYN"], seq: 9999 });
    expect(x.last.sent).toEqual(["A>B ACK seq=102 ack=302"]);
    expect(x.states.A).toBe("TIME-WAIT");
  });
});
