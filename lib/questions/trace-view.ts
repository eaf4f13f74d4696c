import type { ScenarioInput, Trace } from "../tcp";
import { runScenario } from "./story";
import type { BlankField, DiagramData } from "./types";

/**
 * The trace as the learner may see it before answering: only the first `steps` steps (run by the
 * engine, so segment fates are as they were then), notes removed (they can name the outcome),
 * and every blank's value replaced, so serializing it does not give the answer away.
 */
export function partialTrace(scenario: ScenarioInput, steps: number): Trace {
  const trace = runScenario({ ...scenario, steps: scenario.steps.slice(0, steps) }).trace;
  return { segments: trace.segments, steps: trace.steps.map((s) => ({ ...s, notes: [] })) };
}

export function maskTrace(trace: Trace, hidden: readonly BlankField[]): Trace {
  const segments = trace.segments.map((s) => ({ ...s }));
  const steps = trace.steps.map((s) => ({ ...s, states: { ...s.states } }));
  for (const h of hidden) {
    if ("segment" in h) {
      const segment = segments[h.segment - 1];
      if (segment) segment[h.field] = 0;
      continue;
    }
    // A state shows until it changes: hide the whole stretch, showing the state before it instead.
    const original = trace.steps[h.step]?.states[h.side];
    const before = h.step > 0 ? trace.steps[h.step - 1]!.states[h.side] : "CLOSED";
    for (let j = h.step; j < steps.length && trace.steps[j]!.states[h.side] === original; j++) steps[j]!.states[h.side] = before;
  }
  return { segments, steps };
}

/** The diagram shown with a question: the first `steps` steps with blanks masked. */
export function questionDiagram(
  scenario: ScenarioInput,
  steps: number,
  hidden: BlankField[] = [],
  highlight: Omit<DiagramData, "trace" | "hiddenFields"> = {},
): DiagramData {
  const trace = maskTrace(partialTrace(scenario, steps), hidden);
  return { trace, ...(hidden.length ? { hiddenFields: hidden } : {}), ...highlight };
}
