import { ScenarioBuilder, type ScenarioConfig } from "../content/scenario-builder";
import type { ScenarioInput, Side, TimerKind } from "../tcp";
import { toSeconds } from "../tcp";

/** The scenario settings a lesson may use: the builder's, and the engine's optional extensions (docs/scenarios.md). */
export type LessonConfig = ScenarioConfig & Partial<Pick<ScenarioInput, "keepAlive" | "filtered" | "finWait2Timeout" | "listener" | "timeWaitReopen">>;

/** A scenario builder whose settings may use the extensions (the builder passes its configuration through unchanged). */
export const lessonBuilder = (config: LessonConfig): ScenarioBuilder => new ScenarioBuilder(config);

/** The index of the step just applied. */
export const lastStep = (b: ScenarioBuilder): number => b.stepCount - 1;

/** Waits until `side`'s next timer of `kind` is due, so it fires; returns the index of the wait step. */
export function waitForTimer(b: ScenarioBuilder, side: Side, kind: TimerKind): number {
  const due = b.current.timers.filter((t) => t.side === side && t.kind === kind).map((t) => t.dueUs);
  if (due.length === 0) throw new Error(`lesson: ${side} has no ${kind} timer`);
  return b.wait(toSeconds(Math.min(...due) - b.current.nowUs));
}
