import { type DetailedRun, type Side, type TcpState, type TraceSegment } from "../tcp";
import type { Distractor, Question } from "./types";

/** What the premise checks of preconditions.ts and topic-preconditions.ts read a run with. */
export interface PreconditionContext {
  question: Question;
  run: DetailedRun;
  distractor: Distractor;
}

export type Check = (c: PreconditionContext) => boolean;

export const has = (s: TraceSegment, flag: TraceSegment["flags"][number]) => s.flags.includes(flag);
export const segments = (c: PreconditionContext) => c.run.trace.segments;
export const anySegment =
  (test: (s: TraceSegment) => boolean): Check =>
  (c) =>
    segments(c).some(test);
export const visits =
  (...states: TcpState[]): Check =>
  (c) =>
    c.run.trace.steps.some((s) => states.includes(s.states.A) || states.includes(s.states.B));
export const visitedBy = (c: PreconditionContext, side: Side, state: TcpState) => c.run.trace.steps.some((s) => s.states[side] === state);
export const stateBefore = (c: PreconditionContext, step: number, side: Side): TcpState => c.run.states[step]!.tcb[side].state;
/** The wrong state a distractor gives: its answer, or the state blank it changes in a diagram. */
export function distractorState(c: PreconditionContext): TcpState | undefined {
  const r = c.distractor.response;
  const key = c.question.key;
  if (r.kind === "state") return r.state;
  if (r.kind !== "diagram-blanks" || key.kind !== "diagram-blanks") return undefined;
  const changed = r.values.find((v, i) => typeof v === "string" && v !== key.values[i]);
  return typeof changed === "string" ? (changed as TcpState) : undefined;
}
export const distractorFlags = (c: PreconditionContext) => (c.distractor.response.kind === "flags" ? c.distractor.response.flags : []);
export const keyFlags = (c: PreconditionContext) => (c.question.key.kind === "flags" ? c.question.key.flags : null);
export const transitionsAt = (c: PreconditionContext, step: number, side: Side) => (c.run.records[step]?.transitions ?? []).filter((t) => t.side === side);
export const arrivalsAt = (c: PreconditionContext, step: number, side: Side) =>
  (c.run.trace.steps[step]?.received ?? []).map((id) => segments(c)[id - 1]!).filter((s) => s.to === side);
export const sentAt = (c: PreconditionContext, step: number, side: Side) =>
  (c.run.trace.steps[step]?.sent ?? []).map((id) => segments(c)[id - 1]!).filter((s) => s.from === side);
export const nextTransition = (c: PreconditionContext, step: number, side: Side) =>
  c.run.records.slice(step + 1).flatMap((r) => r.transitions.filter((t) => t.side === side))[0];
export const latestTransition = (c: PreconditionContext, step: number, side: Side) =>
  c.run.records
    .slice(0, step + 1)
    .flatMap((r) => r.transitions.filter((t) => t.side === side))
    .pop();
export const scenarioStep = (c: PreconditionContext, step: number) => c.question.scenario.steps[step] as Record<string, unknown> | undefined;
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Arrivals at an endpoint that was CLOSED when the segment came, with what it answered. */
export function arrivalsAtClosed(c: PreconditionContext): { segment: TraceSegment; replies: TraceSegment[] }[] {
  return c.run.trace.steps.flatMap((step) =>
    step.received
      .map((id) => segments(c)[id - 1]!)
      .filter((s) => stateBefore(c, step.i, s.to) === "CLOSED")
      .map((segment) => ({ segment, replies: sentAt(c, step.i, segment.to) })),
  );
}

/** The distractor is about an endpoint at a step: its premise is checked there. */
export const about =
  (test: (c: PreconditionContext, side: Side, step: number) => boolean): Check =>
  (c) =>
    c.distractor.about !== undefined && test(c, c.distractor.about.side, c.distractor.about.step);

export const rstArrivedAt = (c: PreconditionContext, side: Side, step: number) => arrivalsAt(c, step, side).some((s) => has(s, "RST"));
export const aborts = (c: PreconditionContext) =>
  c.question.scenario.steps.map((s, i) => [s as Record<string, unknown>, i] as const).filter(([s]) => s.call === "abort");
export const abortSent = (c: PreconditionContext) => aborts(c).some(([s, i]) => sentAt(c, i, s.on as Side).length > 0);
