import { parseScenario, type ScenarioInput } from "./scenario";
import { simulateDetailed, type DetailedRun } from "./simulate";
import type { Side, TcpState, TraceSegment } from "./types";

/**
 * Helpers for the engine's tests (and anyone checking a trace by eye): scenarios are written as
 * the contract's JSON, segments read back as one line each, "A>B ACK,SYN seq=300 ack=101".
 */

export function run(input: ScenarioInput): DetailedRun {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`invalid test scenario: ${parsed.message}`);
  return simulateDetailed(parsed.scenario);
}

export const describeSegment = (s: TraceSegment): string =>
  `${s.from}>${s.to} ${s.flags.join(",")} seq=${s.seq} ack=${s.ack}${s.len > 0 ? ` len=${s.len}` : ""}`;

/** Every segment of the run, one line each. */
export const segmentLines = (r: DetailedRun): string[] => r.trace.segments.map(describeSegment);

/** The segments emitted by step `i`, one line each. */
export const sentBy = (r: DetailedRun, i: number): string[] =>
  (r.trace.steps[i]?.sent ?? []).map((id) => describeSegment(r.trace.segments[id - 1]!));

/** Both endpoints' states after each step, as "A-STATE/B-STATE". */
export const stateLines = (r: DetailedRun): string[] => r.trace.steps.map((s) => `${s.states.A}/${s.states.B}`);

export const lastStates = (r: DetailedRun): Record<Side, TcpState> => r.trace.steps[r.trace.steps.length - 1]!.states;

export const tcbAfter = (r: DetailedRun, side: Side) => r.states[r.states.length - 1]!.tcb[side];

/** The steps that bring A (ISS `a`) and B (ISS `b`) to ESTABLISHED: segments 1 to 3. */
export const handshake = [
  { call: "listen", on: "B" },
  { call: "connect", on: "A" },
  { deliver: 1 },
  { deliver: 2 },
  { deliver: 3 },
] as const satisfies ScenarioInput["steps"];

export const established = (steps: ScenarioInput["steps"], extra: Partial<ScenarioInput> = {}): DetailedRun =>
  run({ isn: { A: 100, B: 300 }, ...extra, steps: [...handshake, ...steps] });
