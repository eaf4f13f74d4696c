import { closedTcb, type Sim, type Tcb, type Timer, type TimerKind } from "./sim-state";
import type { TransitionEvent } from "./state-graph";
import type { Side, TcpState, TraceStep } from "./types";

/** A state change as it happened in one step: the edge of the state graph and what caused it. */
export interface StepTransition {
  side: Side;
  from: TcpState;
  to: TcpState;
  event: TransitionEvent | "host:crash";
  /** How many segments existed when it happened: it follows segment `afterSegment` and precedes the next. */
  afterSegment: number;
  /** The connection, when it is not the default one: the client's port (only with ports or a listener). */
  port?: number;
}

/** A trace step with what the engine knows besides the contract's fields. */
export interface StepRecord extends TraceStep {
  transitions: StepTransition[];
}

/**
 * The working copy of one step: the simulation state being changed and what the step records.
 * Only step.ts creates one; every rule function takes it as its first argument.
 */
export interface StepContext {
  sim: Sim;
  sent: number[];
  received: number[];
  notes: string[];
  error: string | null;
  transitions: StepTransition[];
  /**
   * The connection every rule function works on: null for the default one (the whole format
   * without ports), else the client's port. Set by step.ts and clock.ts before a rule runs.
   */
  port: number | null;
}

/** The TCB of `side` in the connection `port` (CLOSED if that connection was never opened). */
export function tcbAt(sim: Sim, side: Side, port: number | null): Tcb {
  if (port === null) return sim.tcb[side];
  return sim.conns[port]?.[side] ?? closedTcb(sim.defaultIsn[side]);
}

export const tcbOf = (ctx: StepContext, side: Side): Tcb => tcbAt(ctx.sim, side, ctx.port);

/** Replaces the TCB of `side` in the current connection. */
export function putTcb(ctx: StepContext, side: Side, tcb: Tcb): Tcb {
  if (ctx.port === null) {
    ctx.sim.tcb[side] = tcb;
    return tcb;
  }
  const key = String(ctx.port);
  const conn = ctx.sim.conns[key] ?? { A: closedTcb(ctx.sim.defaultIsn.A), B: closedTcb(ctx.sim.defaultIsn.B) };
  ctx.sim.conns = { ...ctx.sim.conns, [key]: { ...conn, [side]: tcb } };
  return tcb;
}

export const updateTcb = (ctx: StepContext, side: Side, patch: Partial<Tcb>): Tcb => putTcb(ctx, side, { ...tcbOf(ctx, side), ...patch });

export const note = (ctx: StepContext, side: Side, text: string): void => {
  ctx.notes.push(`${side}: ${text}`);
};

export function armTimer(ctx: StepContext, side: Side, kind: TimerKind, afterUs: number, seq: number | null = null): void {
  const timer: Timer = { id: ctx.sim.nextTimerId, side, kind, dueUs: ctx.sim.nowUs + afterUs, armedStep: ctx.sim.stepIndex, seq, port: ctx.port };
  ctx.sim.nextTimerId += 1;
  ctx.sim.timers = [...ctx.sim.timers, timer];
}

/** Cancels the matching timers of `side` in the current connection. */
export function cancelTimers(ctx: StepContext, side: Side, match: (timer: Timer) => boolean = () => true): void {
  ctx.sim.timers = ctx.sim.timers.filter((t) => t.side !== side || t.port !== ctx.port || !match(t));
}
