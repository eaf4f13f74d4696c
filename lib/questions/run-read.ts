import type { DetailedRun, Side, TcpState, Timer, TimerKind, TraceSegment } from "../tcp";

/** Reading answers out of an engine run. Step indexes are the trace's `i`. */

export function stateAt(run: DetailedRun, step: number, side: Side): TcpState {
  const s = run.trace.steps[step];
  if (!s) throw new Error(`no step ${step} in the run`);
  return s.states[side];
}

export function segmentOf(run: DetailedRun, id: number): TraceSegment {
  const s = run.trace.segments[id - 1];
  if (!s) throw new Error(`no segment ${id} in the run`);
  return s;
}

/** The states one side passes through, each once per visit, from before the first step to the end of `toStep`. */
export function statePath(run: DetailedRun, side: Side, toStep = run.trace.steps.length - 1): TcpState[] {
  const path: TcpState[] = [run.states[0]!.tcb[side].state];
  for (const step of run.trace.steps.slice(0, toStep + 1)) {
    const state = step.states[side];
    if (state !== path[path.length - 1]) path.push(state);
  }
  return path;
}

/** A timer pending after step `step`. */
export function timerAfter(run: DetailedRun, step: number, side: Side, kind: TimerKind): Timer | undefined {
  return run.states[step + 1]?.timers.find((t) => t.side === side && t.kind === kind);
}

/** The first step at or after `from` where `side` is in `state`. */
export function firstStepIn(run: DetailedRun, side: Side, state: TcpState, from = 0): number {
  const step = run.trace.steps.find((s) => s.i >= from && s.states[side] === state);
  if (!step) throw new Error(`${side} never reaches ${state} after step ${from}`);
  return step.i;
}

/** Did `side` ever pass through `state`? */
export const visited = (run: DetailedRun, side: Side, state: TcpState): boolean => run.trace.steps.some((s) => s.states[side] === state);

/** The segments emitted during a step. */
export const sentDuring = (run: DetailedRun, step: number): TraceSegment[] => (run.trace.steps[step]?.sent ?? []).map((id) => segmentOf(run, id));

/** The step during which a segment was sent (or injected: the step whose index created it). */
export function stepSending(run: DetailedRun, id: number): number {
  const step = run.trace.steps.find((s) => s.sent.includes(id));
  if (step) return step.i;
  // injected or duplicated segments are not in `sent`: find the first step after which they exist
  const index = run.states.findIndex((sim) => sim.segments.length >= id);
  return Math.max(0, index - 1);
}

export const stepReceiving = (run: DetailedRun, id: number): number | undefined => run.trace.steps.find((s) => s.received.includes(id))?.i;
