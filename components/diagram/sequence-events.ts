import type { Side, TcpState, Trace, TraceSegment } from "@/lib/tcp/types";

/**
 * The order of events inside one step. A trace step lists what was sent and what was received
 * but not how they interleave ("deliver all" runs a whole handshake in one step), so the order is
 * rebuilt from what the engine guarantees: segments are numbered in the order they are emitted,
 * arrivals are listed in order, and a reply is emitted by the endpoint that just received
 * something, right after it.
 */

/** Both endpoints before the first step: a trace starts from two fresh hosts. */
export const INITIAL_STATES: Readonly<Record<Side, TcpState>> = { A: "CLOSED", B: "CLOSED" };

export type SeqEvent = { kind: "send"; segment: TraceSegment; side: Side; copy: boolean } | { kind: "receive"; segment: TraceSegment; side: Side };

/** Events drawn at the same height: at most one per side. */
export interface EventRow {
  events: SeqEvent[];
}

const MOD = 2 ** 32;
/** First sequence number after the segment: SYN and FIN occupy one each (RFC 9293 section 3.4). */
const seqEnd = (s: TraceSegment): number => (s.seq + s.len + (s.flags.includes("SYN") ? 1 : 0) + (s.flags.includes("FIN") ? 1 : 0)) % MOD;

/**
 * Which arrival each send follows. Phase 0 is before the first arrival (a user call or a timer);
 * phase p > 0 is right after arrival p - 1. A send goes in the earliest phase that follows an
 * arrival at its own endpoint, after the previous send, after the arrival its ACK acknowledges,
 * and before its own arrival.
 */
export function sendPhases(sends: readonly TraceSegment[], arrivals: readonly TraceSegment[]): number[] {
  const phases: number[] = [];
  let previous = 0;
  for (const s of sends) {
    let lower = previous;
    if (s.flags.includes("ACK")) {
      const acked = arrivals.findIndex((r) => r.to === s.from && seqEnd(r) !== r.seq && seqEnd(r) === s.ack);
      if (acked >= 0) lower = Math.max(lower, acked + 1);
    }
    const own = arrivals.findIndex((r) => r.id === s.id);
    const upper = own >= 0 ? own : arrivals.length;
    let phase = -1;
    for (let p = lower; p <= upper && phase < 0; p++) {
      const after = arrivals[p - 1];
      if (arrivals.length === 0 ? p === 0 : after !== undefined && after.to === s.from) phase = p;
    }
    if (phase < 0) phase = Math.min(lower, upper);
    phases.push(phase);
    previous = phase;
  }
  return phases;
}

/** The rows of one step, packed so that events on different sides share a row when causality allows. */
export function orderStepEvents(
  sentIds: readonly number[],
  receivedIds: readonly number[],
  copyIds: readonly number[],
  byId: ReadonlyMap<number, TraceSegment>,
): EventRow[] {
  const pick = (ids: readonly number[]) => ids.map((id) => byId.get(id)).filter((s): s is TraceSegment => s !== undefined);
  const sends = pick([...sentIds].sort((a, b) => a - b));
  const arrivals = pick(receivedIds);
  const phases = sendPhases(sends, arrivals);

  const send = (segment: TraceSegment, copy: boolean): SeqEvent => ({ kind: "send", segment, side: segment.from, copy });
  const rows: EventRow[] = pick(copyIds).map((s) => ({ events: [send(s, true)] }));
  for (let p = 0; p <= arrivals.length; p++) {
    const mine = sends.filter((_, k) => phases[k] === p).map((s) => send(s, false));
    const arrival = arrivals[p - 1];
    if (arrival) rows.push({ events: [{ kind: "receive", segment: arrival, side: arrival.to }, ...mine.slice(0, 1)] });
    for (const event of arrival ? mine.slice(1) : mine) rows.push({ events: [event] });
  }
  return packRows(rows);
}

function packRows(rows: EventRow[]): EventRow[] {
  const packed: EventRow[] = [];
  for (const row of rows) {
    const last = packed[packed.length - 1];
    const sides = new Set(row.events.map((e) => e.side));
    const clash =
      !last ||
      last.events.some((e) => sides.has(e.side)) ||
      row.events.some((e) => e.kind === "receive" && last.events.some((f) => f.kind === "send" && f.segment.id === e.segment.id));
    if (clash) packed.push({ events: [...row.events] });
    else last.events.push(...row.events);
  }
  return packed;
}

/**
 * Duplicated and injected segments are in `segments` but in no step's `sent`. Segment ids grow in
 * the order segments appear, so such a copy appeared after the segment before it: at the first
 * later step that sent, received and changed nothing (the duplicate or inject step), and before
 * it arrived.
 */
export function copyCreationSteps(trace: Trace): Map<number, number[]> {
  const sentAt = new Map<number, number>();
  const receivedAt = new Map<number, number>();
  trace.steps.forEach((step, k) => {
    step.sent.forEach((id) => sentAt.set(id, k));
    step.received.forEach((id) => receivedAt.set(id, k));
  });
  // Duplicating or injecting sends, receives and changes nothing else.
  const quiet = (k: number) => {
    const step = trace.steps[k];
    const before = k > 0 ? trace.steps[k - 1]?.states : INITIAL_STATES;
    return step !== undefined && step.sent.length === 0 && step.received.length === 0 && step.states.A === before?.A && step.states.B === before?.B;
  };
  const result = new Map<number, number[]>();
  let lastSeen = 0;
  for (const segment of [...trace.segments].sort((a, b) => a.id - b.id)) {
    const known = sentAt.get(segment.id);
    if (known !== undefined) {
      lastSeen = known;
      continue;
    }
    const limit = receivedAt.get(segment.id) ?? trace.steps.length - 1;
    let at = lastSeen;
    while (at < limit && !quiet(at)) at++;
    if (!quiet(at)) at = Math.min(lastSeen, limit);
    result.set(at, [...(result.get(at) ?? []), segment.id]);
    lastSeen = at;
  }
  return result;
}
