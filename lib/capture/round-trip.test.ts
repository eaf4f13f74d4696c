import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyStep, createSim, nextTimer, parseScenario, type Scenario, type Side, type Sim, type Step, type TcpState, type TraceSegment } from "@/lib/tcp";
import { analyseCapture } from "./analyse-capture";
import { seqSpace } from "./find-losses";
import { scenarioToPcap } from "./scenario-pcap";

/**
 * Export, then import: a simulator run written as a pcap and analysed again gives back the states
 * the simulator went through and every segment's fate, for random runs that one capture point can
 * observe (docs/captures.md, "What a single capture point cannot tell"):
 * - every segment is delivered or lost before the next call or timer (no reordering), and no two
 *   timers of opposite ends expire at the same instant (then a capture cannot tell whether a
 *   retransmission answered the other's or only crossed it);
 * - no segment that its receiver ignored without a word (a FIN reaching SYN-SENT) is sent again:
 *   to a capture, that is a lost segment;
 * - every lost segment leaves evidence (lossesEvident): its sender sends it again before the peer
 *   sends anything that acknowledges it or could be its answer, or, for a lost ACK, the peer sends
 *   again what it acknowledged and what it would have stopped;
 * - no crash, no injected segment, no silent ABORT or CLOSE (those send nothing a capture could see);
 * - the scenario uses the defaults that the rfc profile assumes (MSL 120 s, RTO 1 s, 5 retries).
 */

type Action = { kind: "send"; on: Side; bytes: number } | { kind: "close"; on: Side } | { kind: "abort"; on: Side } | { kind: "timer" };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("send" as const), on: fc.constantFrom<Side>("A", "B"), bytes: fc.integer({ min: 1, max: 1460 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("close" as const), on: fc.constantFrom<Side>("A", "B") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("abort" as const), on: fc.constantFrom<Side>("A", "B") }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("timer" as const) }) },
);

const plan = fc.record({
  isnA: fc.nat(0xffffffff),
  isnB: fc.nat(0xffffffff),
  actions: fc.array(action, { minLength: 1, maxLength: 14 }),
  /** One die per delivery: 0 drops the segment (never a RST), one in eight. */
  drops: fc.array(
    fc.nat(7).map((n) => n === 0),
    { minLength: 60, maxLength: 60 },
  ),
});

const SENDING_ABORT: ReadonlySet<TcpState> = new Set(["SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"]);
const SENDING_CLOSE: ReadonlySet<TcpState> = new Set(["SYN-RECEIVED", "ESTABLISHED", "CLOSE-WAIT"]);

/** Builds the scenario by running it: each call or timer is followed by delivering (or dropping) all that is in flight, oldest first. */
function buildScenario(p: { isnA: number; isnB: number; actions: Action[]; drops: boolean[] }): { scenario: Scenario; bothTimers: boolean } {
  const steps: Step[] = [];
  const base = { isn: { A: p.isnA, B: p.isnB }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false };
  let sim: Sim = createSim(base);
  let coin = 0;
  let bothTimers = false;
  const ignored = new Set<number>();
  const apply = (step: Step) => {
    steps.push(step);
    const before = sim;
    sim = applyStep(sim, step).sim;
    const senders = new Set(sim.segments.slice(before.segments.length).map((s) => s.from));
    if ("wait" in step && senders.size === 2) bothTimers = true;
    // Delivered, yet its receiver neither answered nor changed at all: to a capture, as good as lost.
    if ("deliver" in step && typeof step.deliver === "number" && sim.segments.length === before.segments.length) {
      const to = sim.segments[step.deliver - 1]!.to;
      if (JSON.stringify(before.tcb[to]) === JSON.stringify(sim.tcb[to])) ignored.add(step.deliver);
    }
  };
  const flush = () => {
    for (let n = 0; n < 200; n += 1) {
      const next = sim.segments.find((s) => s.fate === "in-flight");
      if (!next) return;
      const drop = !next.flags.includes("RST") && (p.drops[coin++ % p.drops.length] ?? false);
      apply(drop ? { drop: next.id } : { deliver: next.id });
    }
  };
  apply({ call: "listen", on: "B" });
  apply({ call: "connect", on: "A" });
  flush();
  for (const a of p.actions) {
    if (a.kind === "timer") {
      const timer = nextTimer(sim.timers);
      if (!timer) continue;
      apply({ wait: Math.max(0.001, (timer.dueUs - sim.nowUs) / (sim.config.msl / 120)) });
    } else {
      const state = sim.tcb[a.on].state;
      if (a.kind === "send" && state !== "ESTABLISHED" && state !== "CLOSE-WAIT") continue;
      if (a.kind === "close" && !SENDING_CLOSE.has(state)) continue;
      if (a.kind === "abort" && !SENDING_ABORT.has(state)) continue;
      apply(a.kind === "send" ? { call: "send", on: a.on, bytes: a.bytes } : { call: a.kind, on: a.on });
    }
    flush();
  }
  const parsed = parseScenario({ ...base, steps });
  if (!parsed.ok) throw new Error(parsed.message);
  const segments = sim.segments;
  const ignoredThenResent = [...ignored].some((id) => {
    const d = segments[id - 1]!;
    return spaceOf(d) > 0 && segments.slice(id).some((r) => r.from === d.from && r.seq === d.seq && spaceOf(r) > 0);
  });
  return { scenario: parsed.scenario, bothTimers: bothTimers || ignoredThenResent };
}

const spaceOf = (s: TraceSegment) => seqSpace({ syn: s.flags.includes("SYN"), fin: s.flags.includes("FIN"), len: s.len });

/** Is every lost segment followed by the evidence a capture needs to see the loss? */
function lossesEvident(segments: readonly TraceSegment[]): boolean {
  const resends = (r: TraceSegment, d: TraceSegment) => r.from === d.from && r.seq === d.seq && !r.flags.includes("RST") && spaceOf(r) > 0;
  const acks = (a: TraceSegment, end: number) => a.flags.includes("ACK") && !a.flags.includes("RST") && ((a.ack - end) | 0) >= 0;
  const endOf = (s: TraceSegment) => (s.seq + spaceOf(s)) >>> 0;
  const inside = (n: number, s: TraceSegment) => ((n - s.seq) | 0) >= 0 && ((n - endOf(s)) | 0) < 0;
  return segments.every((d, i) => {
    if (d.fate !== "dropped") return true;
    const later = segments.slice(i + 1);
    if (spaceOf(d) > 0) {
      // Sent again, and nothing from the peer in between says it arrived or could be its answer.
      // - An ACK of it: the peer already had it (an earlier copy arrived), so this copy's loss moved
      //   nobody and the resend only shows that ACK lost.
      // - A bare ACK whose number lies outside it: that is what the peer answers a segment wholly
      //   below RCV.NXT or beyond a gap with (RFC 9293 3.10.7.4: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>;
      //   the engine keeps nothing beyond a gap), an answer that moves nobody and is the same for
      //   every such segment. When this one was lost and another of the same flight drew the ACK,
      //   the capture is byte for byte the one where the fates are swapped.
      // A bare ACK whose number lies inside it is not its answer (had it arrived, RCV.NXT would be past).
      const end = endOf(d);
      const couldAnswer = (a: TraceSegment) =>
        a.from !== d.from && (acks(a, end) || (spaceOf(a) === 0 && a.flags.includes("ACK") && !a.flags.includes("RST") && !inside(a.ack, d)));
      return later.some((r, n) => resends(r, d) && !later.slice(0, n).some(couldAnswer));
    }
    // A lost ACK: the peer sends again something (sent before the ACK) that it acknowledged, and
    // that the ACK would have stopped. A bare ACK never stops a SYN: in SYN-SENT an acceptable ACK
    // without SYN is dropped without a word (RFC 9293 3.10.7.3, fifth), so arrived or lost, the SYN
    // is sent again the same.
    const stops = (r: TraceSegment) => !(r.flags.includes("SYN") && !r.flags.includes("ACK") && !d.flags.includes("SYN"));
    return later.some((r) => r.from !== d.from && stops(r) && segments.slice(0, i).some((o) => resends(r, o)) && acks(d, endOf(r)));
  });
}

/** The states a side went through, repeats removed, from just before the first segment to the last one's fate. */
function simulatorPath(scenario: Scenario, side: Side): TcpState[] {
  // The step that decides the last segment's fate: the analysis sees nothing after it.
  const lastDecided = scenario.steps.findLastIndex((step) => "deliver" in step || "drop" in step);
  let sim = createSim(scenario);
  const path: TcpState[] = [];
  for (const [i, step] of scenario.steps.entries()) {
    const before = sim.tcb[side].state;
    sim = applyStep(sim, step).sim;
    if (path.length === 0 && sim.segments.length > 0) path.push(before);
    if (path.length > 0) path.push(sim.tcb[side].state);
    if (i === lastDecided) break;
  }
  return path.filter((state, i) => i === 0 || path[i - 1] !== state);
}

function analysisPath(connection: ReturnType<typeof analyseCapture>["connections"][number], role: "client" | "server"): TcpState[] {
  const path = [connection.before[role], ...connection.segments.map((s) => s.after[role])];
  return path.filter((state, i) => i === 0 || path[i - 1] !== state);
}

/** Under 1 ms a run. Raise it to search harder: ROUND_TRIP_RUNS=200000 npx vitest run lib/capture/round-trip.test.ts --testTimeout=0 */
const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 2000);

describe("export then import", () => {
  it("gives back the simulator's states and every segment's fate", () => {
    let observable = 0;
    let withLosses = 0;
    fc.assert(
      fc.property(plan, (p) => {
        const { scenario, bothTimers } = buildScenario(p);
        const sim = scenario.steps.reduce((s, step) => applyStep(s, step).sim, createSim(scenario));
        if (bothTimers || !lossesEvident(sim.segments)) return;
        observable += 1;
        const analysis = analyseCapture(scenarioToPcap(scenario), "rfc");
        expect(analysis.connections).toHaveLength(1);
        const connection = analysis.connections[0]!;
        expect(connection.segments.map((s) => s.delivered)).toEqual(sim.segments.map((s) => s.fate === "delivered"));
        expect(analysisPath(connection, "client")).toEqual(simulatorPath(scenario, "A"));
        expect(analysisPath(connection, "server")).toEqual(simulatorPath(scenario, "B"));
        if (sim.segments.some((s) => s.fate === "dropped")) withLosses += 1;
      }),
      // A new random seed every run. On a failure fast-check prints { seed, path } and the shrunk
      // plan: pass them here ({ seed, path, numRuns }) to replay it, and keep the case as an example
      // test, as those found so far are (find-losses.test.ts; docs/captures.md, "Known gaps").
      { numRuns: RUNS },
    );
    // The property means something only if most runs pass the observability filter (about 58%), many
    // with losses (about 19%).
    expect(observable).toBeGreaterThan(RUNS * 0.4);
    expect(withLosses).toBeGreaterThan(RUNS * 0.1);
  });
});
