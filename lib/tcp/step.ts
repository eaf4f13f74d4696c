import { tcbAt, type StepContext, type StepRecord } from "./context";
import { advanceClock } from "./clock";
import { setState } from "./connection";
import { keepAliveHeard } from "./keep-alive";
import { findSegment, inject, oldestInFlight, setFate } from "./network";
import type { Step } from "./scenario";
import { segmentArrives } from "./segment-arrives";
import { cloneSim, closedTcb, hasPorts, toSeconds, toUs, type Sim } from "./sim-state";
import type { Side, TcpState, TraceConnection } from "./types";
import { userCall } from "./user-calls";

/** `{"deliver":"all"}` stops here rather than run for ever if two endpoints kept answering each other. */
export const MAX_DELIVERIES_PER_STEP = 10_000;

const notInFlight = (id: number) => `segment ${id} is not in flight`;

/**
 * Applies one step to a simulation state and returns the new state with the step's record. The
 * given state is not changed (XState's pure `transition(state, event)`).
 */
export function applyStep(sim: Sim, step: Step): { sim: Sim; record: StepRecord } {
  const ctx: StepContext = { sim: cloneSim(sim), sent: [], received: [], notes: [], error: null, transitions: [], port: null };
  run(ctx, step);
  const { sim: next } = ctx;
  const record: StepRecord = {
    i: next.stepIndex,
    t: toSeconds(next.nowUs),
    states: { A: stateOf(next, "A", null), B: stateOf(next, "B", null) },
    sent: ctx.sent,
    received: ctx.received,
    error: ctx.error,
    notes: ctx.notes,
    transitions: ctx.transitions,
  };
  if (next.config.listener || hasPorts(next)) Object.assign(record, connectionsOf(next));
  next.stepIndex += 1;
  return { sim: next, record };
}

/** A side's state in a connection; a connection the listener has not made yet shows the listener's LISTEN. */
export function stateOf(sim: Sim, side: Side, port: number | null): TcpState {
  const state = tcbAt(sim, side, port).state;
  return state === "CLOSED" && sim.listener?.side === side && sim.listener.open ? "LISTEN" : state;
}

/** The trace's per-connection states and listener, only when a scenario uses ports or a listener. */
function connectionsOf(sim: Sim): { connections?: TraceConnection[]; listener?: StepRecord["listener"] } {
  const ports = Object.keys(sim.conns)
    .map(Number)
    .sort((a, b) => a - b);
  const connections: TraceConnection[] = [null, ...ports]
    .filter((port) => tcbAt(sim, "A", port).state !== "CLOSED" || tcbAt(sim, "B", port).state !== "CLOSED")
    .map((port) => ({ port, states: { A: stateOf(sim, "A", port), B: stateOf(sim, "B", port) } }));
  const l = sim.listener;
  return {
    connections,
    ...(l ? { listener: { side: l.side, state: l.open ? "LISTEN" : "CLOSED", synQueue: l.synQueue.length, acceptQueue: l.acceptQueue.length } } : {}),
  };
}

function deliver(ctx: StepContext, id: number): void {
  const segment = findSegment(ctx, id);
  if (!segment || segment.fate !== "in-flight") {
    ctx.error = notInFlight(id);
    return;
  }
  ctx.port = segment.port ?? null;
  // The filtered extension: a firewall in front of the endpoint discards the segment; nothing arrives.
  if (ctx.sim.config.filtered.includes(segment.to)) {
    setFate(ctx, id, "dropped");
    return;
  }
  setFate(ctx, id, "delivered");
  ctx.received.push(id);
  segmentArrives(ctx, segment.to, segment);
  keepAliveHeard(ctx, segment.to);
}

function run(ctx: StepContext, step: Step): void {
  if ("call" in step) {
    ctx.port = step.port ?? null;
    ctx.error = userCall(ctx, step);
  } else if ("deliver" in step) {
    if (step.deliver !== "all") return deliver(ctx, step.deliver);
    for (let n = 0; ; n += 1) {
      const segment = oldestInFlight(ctx);
      if (!segment) return;
      if (n === MAX_DELIVERIES_PER_STEP) {
        ctx.error = `stopped after delivering ${MAX_DELIVERIES_PER_STEP} segments`;
        return;
      }
      deliver(ctx, segment.id);
    }
  } else if ("drop" in step) {
    const segment = findSegment(ctx, step.drop);
    if (!segment || segment.fate !== "in-flight") ctx.error = notInFlight(step.drop);
    else setFate(ctx, step.drop, "dropped");
  } else if ("duplicate" in step) {
    const segment = findSegment(ctx, step.duplicate);
    if (!segment) ctx.error = `segment ${step.duplicate} does not exist`;
    else inject(ctx, segment.to, segment);
  } else if ("inject" in step) {
    inject(ctx, step.inject.to, step.inject);
  } else if ("crash" in step) {
    // The host restarts with no memory of the connection and sends nothing (RFC 9293 Figures 9, 10).
    const side = step.crash;
    if (step.isn !== undefined) ctx.sim.defaultIsn[side] = step.isn;
    for (const port of [null, ...Object.keys(ctx.sim.conns).map(Number)]) {
      ctx.port = port;
      setState(ctx, side, "CLOSED", "host:crash");
    }
    ctx.port = null;
    ctx.sim.tcb[side] = closedTcb(ctx.sim.defaultIsn[side]);
    if (ctx.sim.listener?.side === side) ctx.sim.listener = { ...ctx.sim.listener, open: false, synQueue: [], acceptQueue: [] };
  } else {
    advanceClock(ctx, ctx.sim.nowUs + toUs(step.wait));
  }
}
