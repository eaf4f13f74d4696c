import type { Sim, Tcb, Timer, TimerKind } from "./sim-state";
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
}

export const tcbOf = (ctx: StepContext, side: Side): Tcb => ctx.sim.tcb[side];

export function updateTcb(ctx: StepContext, side: Side, patch: Partial<Tcb>): Tcb {
  const next = { ...ctx.sim.tcb[side], ...patch };
  ctx.sim.tcb[side] = next;
  return next;
}

export const note = (ctx: StepContext, side: Side, text: string): void => {
  ctx.notes.push(`${side}: ${text}`);
};

export function armTimer(ctx: StepContext, side: Side, kind: TimerKind, afterUs: number, seq: number | null = null): void {
  const timer: Timer = { id: ctx.sim.nextTimerId, side, kind, dueUs: ctx.sim.nowUs + afterUs, armedStep: ctx.sim.stepIndex, seq };
  ctx.sim.nextTimerId += 1;
  ctx.sim.timers = [...ctx.sim.timers, timer];
}

export function cancelTimers(ctx: StepContext, side: Side, match: (timer: Timer) => boolean = () => true): void {
  ctx.sim.timers = ctx.sim.timers.filter((t) => t.side !== side || !match(t));
}

export const hasTimer = (ctx: StepContext, side: Side, kind: TimerKind): boolean =>
  ctx.sim.timers.some((t) => t.side === side && t.kind === kind);
