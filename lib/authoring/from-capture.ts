/**
 * The capture lab's teacher path: one connection of a real capture becomes a question of the
 * teacher's bank, of the same one kind as a question from a simulator run. lib/capture turns the
 * connection into a scenario (connectionToScenario: the capture's calls, times and losses, every
 * segment the engine would not send by itself injected with the capture's numbers); the spec is
 * then specFromScenario's, asking at the last step the capture shows. ISNs vary per student as
 * for any run (injected segments move with them, variant-params.ts).
 */
import type { AnalysedConnection } from "../capture/observe-connection";
import { connectionToScenario } from "../capture/connection-scenario";
import type { Scenario } from "../tcp";
import { specFromScenario } from "./from-scenario";
import { MAX_SCENARIO_STEPS, type QuestionSpec } from "./spec";

export type CaptureQuestionStart =
  | { ok: true; scenario: Scenario; spec: QuestionSpec }
  /** noScenario: the engine cannot replay it; tooLong: more steps than a question may have. */
  | { ok: false; reason: "noScenario" }
  | { ok: false; reason: "tooLong"; steps: number };

export function questionFromConnection(connection: AnalysedConnection, title: string): CaptureQuestionStart {
  const inferred = connectionToScenario(connection, title);
  if (!inferred || inferred.scenario.steps.length === 0) return { ok: false, reason: "noScenario" };
  const { scenario, observed } = inferred;
  if (scenario.steps.length > MAX_SCENARIO_STEPS) return { ok: false, reason: "tooLong", steps: scenario.steps.length };
  const spec = specFromScenario(scenario);
  const last = observed.at(-1);
  return { ok: true, scenario, spec: last ? { ...spec, ask: { kind: "state", side: "A", step: Math.max(0, last.step) } } : spec };
}
