import type { StepRecord } from "./context";
import type { Scenario } from "./scenario";
import { createSim, type Sim } from "./sim-state";
import { applyStep } from "./step";
import type { Trace, TraceStep } from "./types";

export interface DetailedRun {
  trace: Trace;
  /** records[i] is step i with the state transitions it caused. */
  records: StepRecord[];
  /** states[0] is before the first step; states[i + 1] is after step i. */
  states: Sim[];
}

/** Runs a whole scenario, keeping every intermediate state (for replays and explanations). */
export function simulateDetailed(scenario: Scenario): DetailedRun {
  let sim = createSim(scenario);
  const states = [sim];
  const records: StepRecord[] = [];
  for (const step of scenario.steps) {
    const result = applyStep(sim, step);
    sim = result.sim;
    states.push(sim);
    records.push(result.record);
  }
  return { trace: { segments: [...sim.segments], steps: records.map(toTraceStep) }, records, states };
}

/** The contract's trace: exactly the fields of docs/scenarios.md. */
export function toTraceStep({ i, t, states, sent, received, error, notes, connections, listener }: StepRecord): TraceStep {
  const step: TraceStep = { i, t, states, sent, received, error, notes };
  if (connections) step.connections = connections;
  if (listener) step.listener = listener;
  return step;
}

/** Runs a whole scenario and returns its trace. */
export function simulate(scenario: Scenario): Trace {
  let sim = createSim(scenario);
  const steps: TraceStep[] = [];
  for (const step of scenario.steps) {
    const result = applyStep(sim, step);
    sim = result.sim;
    steps.push(toTraceStep(result.record));
  }
  return { segments: [...sim.segments], steps };
}
