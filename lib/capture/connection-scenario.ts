import { applyStep, createSim, nextTimer, parseScenario, type Scenario, type Side, type Sim, type Step, type TcpState, type TraceSegment } from "@/lib/tcp";
import { seqGt } from "@/lib/tcp";
import type { AnalysedConnection, AnalysedSegment } from "./observe-connection";

/**
 * An analysed connection turned back into a scenario the simulator can run (and a learner edit):
 * the application calls the capture shows (an OPEN for a SYN, a SEND for new data, a CLOSE for a
 * FIN, an ABORT for a RST), the passing of time, and each captured segment delivered or lost as
 * the analysis concluded. Segments the engine sends that the capture does not show (a real stack
 * may delay or merge ACKs) are left in flight. Alongside: the states the capture showed after each
 * segment, the "observed points" a question from this capture can ask about (the teacher's
 * question bank builds on this: lib/capture is pure and knows nothing of the bank).
 */

export interface ObservedPoint {
  /** The captured segment (its i) and the scenario step after which its states hold. */
  segment: number;
  step: number;
  states: Record<"client" | "server", TcpState>;
}

export interface CaptureScenario {
  scenario: Scenario;
  observed: ObservedPoint[];
}

const SIDE: Record<"client" | "server", Side> = { client: "A", server: "B" };
const same = (t: TraceSegment, s: AnalysedSegment) =>
  t.from === SIDE[s.from] && t.seq === s.seq && t.len === s.len && t.flags.join(",") === [...s.flags].sort().join(",");

export function connectionToScenario(connection: AnalysedConnection, title?: string): CaptureScenario | null {
  const first = connection.segments[0];
  if (!first) return null;
  const isn = {
    A: connection.isn.client ?? ((connection.segments.find((s) => s.from === "client")?.seq ?? 1) - 1) >>> 0,
    B: connection.isn.server ?? ((connection.segments.find((s) => s.from === "server")?.seq ?? 1) - 1) >>> 0,
  };
  const base = { isn, msl: 120, rto: 1, maxRetries: 5, delayedAck: false, ...(title ? { title: title.slice(0, 200) } : {}) };
  const steps: Step[] = [];
  let sim: Sim = createSim(base);
  const apply = (step: Step) => {
    const next = applyStep(sim, step);
    if (next.record.error) return false;
    steps.push(step);
    sim = next.sim;
    return true;
  };
  let nowNs = first.tNs;
  const waitTo = (ns: number) => {
    const seconds = Math.round((ns - nowNs) / 1e6) / 1000;
    if (seconds > 0) apply({ wait: seconds });
    nowNs = Math.max(nowNs, ns);
  };
  const midStream = !connection.segments.some((s) => s.flags.includes("SYN"));
  if (connection.before.server === "LISTEN" || midStream) apply({ call: "listen", on: "B" });
  if (midStream) {
    apply({ call: "connect", on: "A" });
    apply({ deliver: "all" });
  }
  const observed: ObservedPoint[] = [];
  const waiting = new Map<number, number[]>();
  for (const s of connection.segments) {
    const x = SIDE[s.from];
    const tcb = sim.tcb[x];
    // The call the capture shows, where the engine would not send this segment by itself.
    if (s.flags.includes("RST")) {
      if (!["CLOSED", "LISTEN", "SYN-SENT"].includes(tcb.state)) apply({ call: "abort", on: x });
    } else if (s.flags.includes("SYN") && !s.flags.includes("ACK") && (tcb.state === "CLOSED" || tcb.state === "LISTEN")) {
      apply({ call: "connect", on: x, isn: s.seq });
    } else {
      if (s.len > 0 && seqGt((s.seq + s.len) >>> 0, tcb.sndNxt)) apply({ call: "send", on: x, bytes: (s.seq + s.len - tcb.sndNxt) >>> 0 || s.len });
      if (s.flags.includes("FIN") && sim.tcb[x].finSeq === null) apply({ call: "close", on: x });
    }
    // A retransmission: let time pass until the engine's timer sends it.
    let match = sim.segments.find((t) => t.fate === "in-flight" && same(t, s));
    for (let n = 0; !match && n < 8; n += 1) {
      const timer = nextTimer(sim.timers);
      if (!timer || timer.side !== x) break;
      const perSecond = sim.config.msl / 120;
      apply({ wait: (timer.dueUs - sim.nowUs) / perSecond });
      nowNs += ((timer.dueUs - sim.nowUs) / perSecond) * 1e9;
      match = sim.segments.find((t) => t.fate === "in-flight" && same(t, s));
    }
    waitTo(s.tNs);
    // Segments that crossed this one arrive now that it has been sent.
    for (const id of waiting.get(s.i) ?? []) apply({ deliver: id });
    const crossed = s.notes.find((n) => n.kind === "crossed");
    if (match && crossed?.kind === "crossed" && s.delivered) waiting.set(crossed.with, [...(waiting.get(crossed.with) ?? []), match.id]);
    else if (match) apply(s.delivered ? { deliver: match.id } : { drop: match.id });
    else if (s.delivered) {
      // Not what the engine would send: the segment as captured, from outside.
      const flags = [...s.flags].sort() as ("ACK" | "FIN" | "RST" | "SYN")[];
      apply({ inject: { to: x === "A" ? "B" : "A", flags, seq: s.seq, ack: s.ack ?? 0, len: Math.min(s.len, 65535) } });
      apply({ deliver: sim.segments.length });
    }
    observed.push({ segment: s.i, step: steps.length - 1, states: s.after });
  }
  const parsed = parseScenario({ ...base, steps });
  return parsed.ok ? { scenario: parsed.scenario, observed } : null;
}
