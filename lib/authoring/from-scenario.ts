/**
 * A first spec for a run brought from the simulator (or, later, from a capture: lib/capture
 * turns a connection into a scenario of the same format and calls this). The teacher then
 * points at what to ask; this only picks a sensible start: the state the client ends in.
 */
import type { ConceptId, Localized } from "../questions/types";
import { simulateDetailed, type Scenario } from "../tcp";
import { clientOf } from "./prompts";
import type { QuestionSpec } from "./spec";

/** The concept a run most likely exercises, from what happens in it. */
function guessConcept(scenario: Scenario): ConceptId {
  const run = simulateDetailed(scenario);
  const segments = run.trace.segments;
  if (segments.some((s) => s.flags.includes("RST"))) return "resets";
  if (segments.some((s) => s.fate === "dropped")) return "loss";
  if (run.trace.steps.some((s) => s.states.A === "TIME-WAIT" || s.states.B === "TIME-WAIT")) return "time-wait";
  if (segments.some((s) => s.flags.includes("FIN"))) return "teardown-states";
  return "handshake-states";
}

export function specFromScenario(scenario: Scenario, title?: Localized): QuestionSpec {
  const name = scenario.title?.trim().slice(0, 100);
  return {
    title: title ?? { en: name || "Question from a simulator run", zh: name || "来自模拟器运行的题目" },
    concept: guessConcept(scenario),
    difficulty: 1,
    scenario,
    ask: { kind: "state", side: clientOf(scenario), step: Math.max(0, scenario.steps.length - 1) },
    vary: { isns: true, swapSides: false, msl: [], rto: [], dropStep: null },
    prompt: { en: "", zh: "" },
  };
}
