import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "@/lib/tcp";
import { analyseCapture, toContractJson } from "./analyse-capture";
import { pcapOfScenario, segmentRows } from "./testing";

const rowsOf = (input: ScenarioInput) => segmentRows(toContractJson(analyseCapture(pcapOfScenario(input))));
/** The round-trip property's settings (round-trip.test.ts): RTO 1 s, so retransmissions at 1 s, then 3 s. */
const base = { isn: { A: 0, B: 0 }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false };

describe("a duplicate ACK answers only a segment that cannot hold its acknowledged number", () => {
  // B's ACK of the handshake is lost, so B, in SYN-RECEIVED, closes with a FIN (lost) and its timer
  // resends the SYN,ACK and the FIN together (the FIN lost again). A answers the old SYN,ACK with
  // ACK 1. That ACK stops at the FIN's own sequence number: had the FIN arrived, A would have moved
  // RCV.NXT over it and acknowledged 2. So it answers the SYN,ACK, and the FIN's next copy shows
  // that the second copy was lost too.
  it("marks the second FIN lost (the smallest case)", () => {
    const steps: ScenarioInput["steps"] = [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: 1 },
      { deliver: 2 },
      { drop: 3 },
      { call: "close", on: "B" },
      { drop: 4 },
      { wait: 1 },
      { deliver: 5 },
      { drop: 6 },
      { deliver: 7 },
      { wait: 2 },
      { deliver: "all" },
    ];
    expect(rowsOf({ ...base, steps })).toEqual([
      "client SYN -> SYN-SENT/SYN-RECEIVED",
      "server SYN,ACK -> ESTABLISHED/SYN-RECEIVED",
      "client ACK (lost) -> ESTABLISHED/SYN-RECEIVED [ACK lost: #4 repeats the SYN,ACK]",
      "server ACK,FIN (lost) -> ESTABLISHED/FIN-WAIT-1 [lost: #5 sends it again]",
      "server SYN,ACK -> ESTABLISHED/FIN-WAIT-1 [retransmission of #1; already received: answered with an ACK]",
      "server ACK,FIN (lost) -> ESTABLISHED/FIN-WAIT-1 [retransmission of #3; lost: #7 sends it again]",
      "client ACK -> ESTABLISHED/FIN-WAIT-1 [duplicate ACK (same as #2)]",
      "server ACK,FIN -> CLOSE-WAIT/FIN-WAIT-1 [retransmission of #5]",
      "client ACK -> CLOSE-WAIT/FIN-WAIT-2",
    ]);
  });

  it("reads the round-trip property's counterexample (seed -492621402) as the simulator ran it", () => {
    const steps: ScenarioInput["steps"] = [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: 1 },
      { deliver: 2 },
      { drop: 3 },
      { call: "close", on: "B" },
      { drop: 4 },
      { wait: 1 },
      { deliver: 5 },
      { drop: 6 },
      { drop: 7 },
      { wait: 2 },
      { deliver: 8 },
      { deliver: 9 },
      { deliver: 10 },
      { deliver: 11 },
      { call: "close", on: "A" },
      { deliver: 12 },
      { deliver: 13 },
    ];
    // The simulator dropped #2, #3, #5 and #6; #8 reached A only after A had answered #7 with #9.
    expect(rowsOf({ ...base, steps })).toEqual([
      "client SYN -> SYN-SENT/SYN-RECEIVED",
      "server SYN,ACK -> ESTABLISHED/SYN-RECEIVED",
      "client ACK (lost) -> ESTABLISHED/SYN-RECEIVED [ACK lost: #4 repeats the SYN,ACK]",
      "server ACK,FIN (lost) -> ESTABLISHED/FIN-WAIT-1 [lost: #5 sends it again]",
      "server SYN,ACK -> ESTABLISHED/FIN-WAIT-1 [retransmission of #1; already received: answered with an ACK]",
      "server ACK,FIN (lost) -> ESTABLISHED/FIN-WAIT-1 [retransmission of #3; lost: #8 sends it again]",
      "client ACK (lost) -> ESTABLISHED/FIN-WAIT-1 [duplicate ACK (same as #2); ACK lost: #7 repeats the SYN,ACK]",
      "server SYN,ACK -> ESTABLISHED/FIN-WAIT-1 [retransmission of #4; already received: answered with an ACK]",
      "server ACK,FIN -> ESTABLISHED/FIN-WAIT-1 [retransmission of #5; crossed #9: arrives after the receiver sent it]",
      "client ACK -> CLOSE-WAIT/FIN-WAIT-1 [duplicate ACK (same as #6); #8 arrives now (it crossed this segment)]",
      "client ACK -> CLOSE-WAIT/FIN-WAIT-2",
      "client ACK,FIN -> LAST-ACK/TIME-WAIT",
      "server ACK -> CLOSED/TIME-WAIT",
    ]);
  });
});

describe("a segment answered with a duplicate ACK was not processed, ACK field included", () => {
  // A's ACK of B's FIN (#4) and A's first octet (#5) are lost. The next octet (#6) repeats the ACK of
  // the FIN but lies beyond a gap: B answers it with a duplicate ACK (#7) and, processing nothing of
  // it (RFC 9293 3.10.7.4), sends its FIN again (#8). That resend is no sign that #6 was lost.
  it("keeps #6 delivered although B repeats the FIN it acknowledges", () => {
    const steps: ScenarioInput["steps"] = [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "close", on: "B" },
      { deliver: 4 },
      { drop: 5 },
      { call: "send", on: "A", bytes: 1 },
      { drop: 6 },
      { call: "send", on: "A", bytes: 1 },
      { deliver: "all" },
      { wait: 1 },
      { deliver: "all" },
    ];
    expect(rowsOf({ ...base, steps }).slice(4, 9)).toEqual([
      "client ACK (lost) -> CLOSE-WAIT/FIN-WAIT-1 [ACK lost: #8 repeats the FIN]",
      "client ACK (lost) -> CLOSE-WAIT/FIN-WAIT-1 [ACK lost: #8 repeats the FIN]",
      "client ACK -> CLOSE-WAIT/FIN-WAIT-1",
      "server ACK -> CLOSE-WAIT/FIN-WAIT-1",
      "server ACK,FIN -> CLOSE-WAIT/FIN-WAIT-1 [retransmission of #3; already received: answered with an ACK]",
    ]);
  });
});

describe("what one capture point cannot tell (docs/captures.md)", () => {
  const run = (steps: ScenarioInput["steps"]) => pcapOfScenario({ ...base, steps });
  const delivered = (bytes: Uint8Array) => analyseCapture(bytes).connections[0]!.segments.map((s) => s.delivered);

  it("which of two old copies sent together was lost: both draw the same ACK, so both are taken as arrived", () => {
    // A's ACK of the handshake (#2) and of B's FIN (#4) are lost; B's timer sends the SYN,ACK (#5)
    // and the FIN (#6) again, A has both already, one copy is lost and A answers the other with #7.
    const opening: ScenarioInput["steps"] = [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: 1 },
      { deliver: 2 },
      { drop: 3 },
      { call: "close", on: "B" },
      { deliver: 4 },
      { drop: 5 },
      { wait: 1 },
    ];
    const closing: ScenarioInput["steps"] = [{ drop: 8 }, { wait: 2 }, { deliver: "all" }];
    const synAckLost = run([...opening, { drop: 6 }, { deliver: 7 }, ...closing]);
    const finLost = run([...opening, { deliver: 6 }, { drop: 7 }, ...closing]);
    expect(synAckLost).toEqual(finLost);
    expect(delivered(synAckLost).slice(5, 7)).toEqual([true, true]);
  });

  it("which of two segments beyond a gap, sent together, was lost: each draws the same duplicate ACK", () => {
    // A's first octet (#3) is lost; the next (#4) and the FIN (#6) arrive beyond the gap and draw
    // duplicate ACKs (the engine keeps nothing beyond a gap). A's timer sends all three again: the
    // first is lost again, and of the other two one is lost and one draws the duplicate ACK #11.
    const opening: ScenarioInput["steps"] = [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "send", on: "A", bytes: 1 },
      { drop: 4 },
      { call: "send", on: "A", bytes: 1 },
      { deliver: "all" },
      { call: "close", on: "A" },
      { deliver: "all" },
      { wait: 1 },
      { drop: 9 },
    ];
    const closing: ScenarioInput["steps"] = [{ deliver: 12 }, { wait: 2 }, { deliver: "all" }];
    const dataLost = run([...opening, { drop: 10 }, { deliver: 11 }, ...closing]);
    const finLost = run([...opening, { deliver: 10 }, { drop: 11 }, ...closing]);
    expect(dataLost).toEqual(finLost);
    // The analysis gives the duplicate ACK to the latest segment before it: the FIN.
    expect(delivered(dataLost).slice(8, 11)).toEqual([false, false, true]);
  });

  it("an ACK without SYN to SYN-SENT: ignored if it arrives, so lost or not the capture is the same", () => {
    // B answers A's repeated SYN (#4) from SYN-RECEIVED with a bare ACK (#5); A, in SYN-SENT, would
    // drop it without a word (RFC 9293 3.10.7.3), and sends its SYN again (#7) either way.
    const steps = (fate: "drop" | "deliver"): ScenarioInput["steps"] => [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { drop: 1 },
      { wait: 1 },
      { deliver: 2 },
      { drop: 3 },
      { wait: 1 },
      { drop: 4 },
      { wait: 1 },
      { deliver: 5 },
      fate === "drop" ? { drop: 6 } : { deliver: 6 },
      { wait: 1 },
      { drop: 7 },
      { wait: 3 },
      { deliver: "all" },
      { wait: 1 },
      { deliver: "all" },
    ];
    expect(run(steps("drop"))).toEqual(run(steps("deliver")));
    expect(delivered(run(steps("drop")))[5]).toBe(true);
  });
});
