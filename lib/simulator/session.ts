import { applyStep, createSim, nextTimer, toSeconds, toTraceStep, type Scenario, type Sim, type Step, type StepRecord, type Trace } from "@/lib/tcp";
import type { Settings } from "./settings";

/**
 * The simulator's history as plain data: the settings, every step the user took (including the
 * ones undone, which redo brings back), and the engine's state after each. `sims[k]` is the state
 * after k steps and `cursor` is how many are applied, so undo and redo only move the cursor.
 * Every function returns a new session and leaves the old one alone.
 */

export type { Settings };

export interface Session {
  settings: Settings;
  steps: readonly Step[];
  /** sims[0] is the start; sims[k] the state after steps[k - 1]. Always steps.length + 1 long. */
  sims: readonly Sim[];
  /** records[k] is what steps[k] did. */
  records: readonly StepRecord[];
  cursor: number;
}

function replay(settings: Settings, steps: readonly Step[]): Pick<Session, "sims" | "records"> {
  let sim = createSim(settings);
  const sims = [sim];
  const records: StepRecord[] = [];
  for (const step of steps) {
    const result = applyStep(sim, step);
    sim = result.sim;
    sims.push(sim);
    records.push(result.record);
  }
  return { sims, records };
}

const clampCursor = (cursor: number, steps: number) => Math.max(0, Math.min(steps, Math.trunc(cursor)));

/** A session running `scenario`, with the first `cursor` steps applied (all of them by default). */
export function createSession(scenario: Scenario, cursor = scenario.steps.length): Session {
  const { steps, ...settings } = scenario;
  return { settings, steps, ...replay(settings, steps), cursor: clampCursor(cursor, steps.length) };
}

/** The state shown now. */
export const currentSim = (session: Session): Sim => session.sims[session.cursor]!;

/** Applies a step at the cursor; the steps that had been undone are forgotten, as in any editor. */
export function act(session: Session, step: Step): Session {
  const { sim, record } = applyStep(currentSim(session), step);
  const keep = session.cursor;
  return {
    settings: session.settings,
    steps: [...session.steps.slice(0, keep), step],
    sims: [...session.sims.slice(0, keep + 1), sim],
    records: [...session.records.slice(0, keep), record],
    cursor: keep + 1,
  };
}

export const canUndo = (session: Session): boolean => session.cursor > 0;
export const canRedo = (session: Session): boolean => session.cursor < session.steps.length;

/** Moves the cursor to `cursor` (clamped): 0 is the start, steps.length the end. */
export const seek = (session: Session, cursor: number): Session => {
  const next = clampCursor(cursor, session.steps.length);
  return next === session.cursor ? session : { ...session, cursor: next };
};
export const undo = (session: Session): Session => seek(session, session.cursor - 1);
export const redo = (session: Session): Session => seek(session, session.cursor + 1);

/** New settings: the same steps are run again under them, and the cursor stays where it was. */
export const changeSettings = (session: Session, settings: Settings): Session => ({
  settings,
  steps: session.steps,
  ...replay(settings, session.steps),
  cursor: session.cursor,
});

/** The scenario of the whole history (for sharing), or of the applied steps only (for export). */
export const toScenario = (session: Session, upTo: "all" | "cursor" = "all"): Scenario => ({
  ...session.settings,
  steps: upTo === "all" ? [...session.steps] : session.steps.slice(0, session.cursor),
});

/** The trace of the applied steps, for the sequence diagram. */
export function traceAt(session: Session): Trace {
  return { segments: [...currentSim(session).segments], steps: session.records.slice(0, session.cursor).map(toTraceStep) };
}

/** The last step applied, if any. */
export const lastRecord = (session: Session): StepRecord | undefined => session.records[session.cursor - 1];

/** The `wait` step that takes the clock to the next pending timer, if there is one. */
export function waitForNextTimer(sim: Sim): Step | null {
  const timer = nextTimer(sim.timers);
  if (!timer) return null;
  // Whole microseconds, and never 0 (a wait must be positive; a timer is never due in the past).
  return { wait: toSeconds(Math.max(1, timer.dueUs - sim.nowUs)) };
}
