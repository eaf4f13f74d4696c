/**
 * Handshake's TCP engine: two endpoints, A and B, and the network between them, following the
 * connection-management rules of RFC 9293 section 3.10 with the choices fixed by the scenario
 * format (docs/scenarios.md). Pure and deterministic: no clock, no randomness, no I/O, so the same
 * code runs in tests, on the command line, on the server and in the browser.
 *
 *   const parsed = parseScenario(json);            // validate the input contract
 *   if (parsed.ok) simulate(parsed.scenario);      // the whole trace
 *   applyStep(sim, step)                           // one step at a time, immutably (the simulator page)
 *   TRANSITIONS                                    // the state graph, for question generators
 */
export * from "./types";
export {
  parseScenario,
  parseScenarioJson,
  formatPath,
  MAX_STEPS,
  type Scenario,
  type ScenarioInput,
  type Step,
  type StepInput,
  type CallStep,
  type CallName,
  type ParseResult,
} from "./scenario";
export { createSim, toUs, toSeconds, type Sim, type Tcb, type Timer, type TimerKind, type SimConfig, type RetxEntry } from "./sim-state";
export { applyStep } from "./step";
export { simulate, simulateDetailed, toTraceStep, type DetailedRun } from "./simulate";
export { nextTimer } from "./clock";
export { PROFILE_NAMES as ENGINE_PROFILES, type ProfileName } from "./profile";
export { availableCalls } from "./available-calls";
export { TRANSITIONS, transitionsFrom, edgeKey, type Transition, type TransitionEvent } from "./state-graph";
export type { StepRecord, StepTransition } from "./context";
export { CALL_ERRORS } from "./user-calls";
export * from "./seq";
export * from "./sequence-space";
export { synCookie, cookieSlot, COOKIE_MSS_INDEX } from "./listener";
export { stateOf } from "./step";
