import type { StepContext, StepRecord } from "./context";
import { advanceClock } from "./clock";
import { setState } from "./connection";
import { findSegment, inject, oldestInFlight, setFate } from "./network";
import type { Step } from "./scenario";
import { segmentArrives } from "./segment-arrives";
import { cloneSim, closedTcb, toSeconds, toUs, type Sim } from "./sim-state";
import { userCall } from "./user-calls";

/** `{"deliver":"all"}` stops here rather than run for ever if two endpoints kept answering each other. */
export const MAX_DELIVERIES_PER_STEP = 10_000;

const notInFlight = (id: number) => `segment ${id} is not in flight`;

/**
 * Applies one step to a simulation state and returns the new state with the step's record. The
 * given state is not changed (XState's pure `transition(state, event)`).
 */
export function applyStep(sim: Sim, step: Step): { sim: Sim; record: StepRecord } {
  const ctx: StepContext = { sim: cloneSim(sim), sent: [], received: [], notes: [], error: null, transitions: [] };
  run(ctx, step);
  const { sim: next } = ctx;
  const record: StepRecord = {
    i: next.stepIndex,
    t: toSeconds(next.nowUs),
    states: { A: next.tcb.A.state, B: next.tcb.B.state },
    sent: ctx.sent,
    received: ctx.received,
    error: ctx.error,
    notes: ctx.notes,
    transitions: ctx.transitions,
  };
  next.stepIndex += 1;
  return { sim: next, record };
}

function deliver(ctx: StepContext, id: number): void {
  const segment = findSegment(ctx, id);
  if (!segment || segment.fate !== "in-flight") {
    ctx.error = notInFlight(id);
    return;
  }
  setFate(ctx, id, "delivered");
  ctx.received.push(id);
  segmentArrives(ctx, segment.to, segment);
}

function run(ctx: StepContext, step: Step): void {
  if ("call" in step) {
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
    setState(ctx, side, "CLOSED", "host:crash");
    ctx.sim.tcb[side] = closedTcb(ctx.sim.defaultIsn[side]);
  } else {
    advanceClock(ctx, ctx.sim.nowUs + toUs(step.wait));
  }
}
