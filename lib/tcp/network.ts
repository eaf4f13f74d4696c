import { cancelTimers, tcbOf, type StepContext } from "./context";
import { FLAGS, other, type Flag, type Side, type TraceSegment } from "./types";

export interface SegmentFields {
  flags: readonly Flag[];
  seq: number;
  ack?: number;
  len?: number;
  /** The connection's client port (only outside the default connection). */
  port?: number | null;
  /** The MSS option (a SYN's, with the mss extension). */
  mss?: number;
}

/** Sorted, without repeats: the order in which a trace lists control bits. */
export const normalizeFlags = (flags: readonly Flag[]): Flag[] => FLAGS.filter((f) => flags.includes(f));

function putInFlight(ctx: StepContext, from: Side, fields: SegmentFields): TraceSegment {
  const flags = normalizeFlags(fields.flags);
  const segment: TraceSegment = {
    id: ctx.sim.segments.length + 1,
    from,
    to: other(from),
    flags,
    seq: fields.seq >>> 0,
    ack: flags.includes("ACK") ? (fields.ack ?? 0) >>> 0 : 0,
    len: fields.len ?? 0,
    fate: "in-flight",
  };
  if (fields.port !== undefined && fields.port !== null) segment.port = fields.port;
  if (fields.mss !== undefined) segment.mss = fields.mss;
  ctx.sim.segments = [...ctx.sim.segments, segment];
  return segment;
}

/**
 * An endpoint emits a segment. Any segment with ACK set carries RCV.NXT, so it also does the job
 * of a pending delayed ACK, which is cancelled (the format's delayedAck rule).
 */
export function emit(ctx: StepContext, from: Side, fields: SegmentFields): TraceSegment {
  // The mss extension: every SYN an endpoint sends carries its MSS option, if it has one (3.7.1).
  const mss = fields.flags.includes("SYN") ? ctx.sim.config.mss?.[from] : undefined;
  const segment = putInFlight(ctx, from, { ...fields, ...(ctx.port === null ? {} : { port: ctx.port }), ...(mss === undefined ? {} : { mss }) });
  ctx.sent.push(segment.id);
  if (segment.flags.includes("ACK") && segment.ack === tcbOf(ctx, from).rcvNxt) {
    cancelTimers(ctx, from, (t) => t.kind === "delayed-ack");
  }
  return segment;
}

/** A segment from outside the two endpoints (an old duplicate, a forgery): in flight, not "sent". */
export const inject = (ctx: StepContext, to: Side, fields: SegmentFields): TraceSegment => putInFlight(ctx, other(to), fields);

export const findSegment = (ctx: StepContext, id: number): TraceSegment | undefined => ctx.sim.segments[id - 1];

export function setFate(ctx: StepContext, id: number, fate: TraceSegment["fate"]): void {
  const segments = ctx.sim.segments.slice();
  const current = segments[id - 1];
  if (!current) return;
  segments[id - 1] = { ...current, fate };
  ctx.sim.segments = segments;
}

/** The oldest segment still in flight, for `{"deliver":"all"}`. */
export const oldestInFlight = (ctx: StepContext): TraceSegment | undefined => ctx.sim.segments.find((s) => s.fate === "in-flight");
