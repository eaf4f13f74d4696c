import { parseScenario, type ScenarioInput } from "./scenario";
import { simulateDetailed, type DetailedRun } from "./simulate";
import type { StepInput } from "./scenario";
import type { Flag, Side, TcpState, TraceSegment } from "./types";

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
export const sentBy = (r: DetailedRun, i: number): string[] => (r.trace.steps[i]?.sent ?? []).map((id) => describeSegment(r.trace.segments[id - 1]!));

/** Both endpoints' states after each step, as "A-STATE/B-STATE". */
export const stateLines = (r: DetailedRun): string[] => r.trace.steps.map((s) => `${s.states.A}/${s.states.B}`);

export const lastStates = (r: DetailedRun): Record<Side, TcpState> => r.trace.steps[r.trace.steps.length - 1]!.states;

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

// ---- The fixture chain (smoltcp's socket_established() built on socket_syn_received() ...) ----
// An Exchange is a scenario being written one step at a time: every step returns a new Exchange
// whose `last` is the record of that step, and segments are found by sender and flags, never by
// number. Each fixture is built from the one before it, so a test starts from the state it is
// about and says only what it adds.

/** "SYN,ACK" or ["ACK", "SYN"]: a set of flags, in any order. */
type FlagsLike = string | readonly Flag[];
const flagKey = (flags: FlagsLike): string => [...(typeof flags === "string" ? flags.split(",").filter(Boolean) : flags)].sort().join(",");

/** One step as a test reads it. */
export interface StepView {
  /** The segments this step emitted, one line each (describeSegment). */
  sent: string[];
  states: Record<Side, TcpState>;
  notes: string[];
  error: string | null;
  t: number;
  /** "FROM>TO event" for each state change of the step. */
  transitions: string[];
}

export class Exchange {
  private memo: DetailedRun | undefined;

  constructor(
    private readonly base: Omit<ScenarioInput, "steps">,
    readonly steps: readonly StepInput[] = [],
  ) {}

  /** The whole run so far (computed once per Exchange). */
  get run(): DetailedRun {
    this.memo ??= run({ ...this.base, steps: [...this.steps] });
    return this.memo;
  }

  /** The record of step `i` (the newest step by default). */
  view(i = this.steps.length - 1): StepView {
    const r = this.run;
    const step = r.trace.steps[i];
    if (!step) throw new Error(`no step ${i}: the exchange has ${this.steps.length}`);
    return {
      sent: step.sent.map((id) => describeSegment(r.trace.segments[id - 1]!)),
      states: step.states,
      notes: step.notes,
      error: step.error,
      t: step.t,
      transitions: (r.records[i]?.transitions ?? []).map((x) => `${x.from}>${x.to} ${x.event}`),
    };
  }

  get last(): StepView {
    return this.view();
  }

  get states(): Record<Side, TcpState> {
    return this.last.states;
  }

  /** The endpoint's TCB after the newest step. */
  tcb(side: Side) {
    return this.run.states[this.run.states.length - 1]!.tcb[side];
  }

  then(step: StepInput): Exchange {
    return new Exchange(this.base, [...this.steps, step]);
  }

  /** The id of the newest segment `from` sent with exactly these flags (`which`: "in-flight" ones only, by default). */
  find(from: Side, flags: FlagsLike, which: "in-flight" | "any" = "in-flight"): number {
    const key = flagKey(flags);
    const found = this.run.trace.segments.filter((s) => s.from === from && flagKey(s.flags) === key && (which === "any" || s.fate === "in-flight")).at(-1);
    if (!found) throw new Error(`no ${which} segment from ${from} with flags ${key}; segments: ${segmentLines(this.run).join(" | ")}`);
    return found.id;
  }

  call(on: Side, call: "listen" | "connect" | "send" | "close" | "abort", extra: { bytes?: number; isn?: number } = {}): Exchange {
    return this.then({ call, on, ...extra });
  }

  deliver(from: Side, flags: FlagsLike): Exchange {
    return this.then({ deliver: this.find(from, flags) });
  }

  drop(from: Side, flags: FlagsLike): Exchange {
    return this.then({ drop: this.find(from, flags) });
  }

  /** Delivers a copy of a segment that has already arrived (an old duplicate). */
  redeliver(from: Side, flags: FlagsLike): Exchange {
    const copied = this.then({ duplicate: this.find(from, flags, "any") });
    return copied.then({ deliver: copied.run.trace.segments.at(-1)!.id });
  }

  /** A segment made up by the test (from the other side), delivered at once. */
  inject(to: Side, segment: { flags: Flag[]; seq: number; ack?: number; len?: number }): Exchange {
    const made = this.then({ inject: { to, ...segment } });
    return made.then({ deliver: made.run.trace.segments.at(-1)!.id });
  }

  wait(seconds: number): Exchange {
    return this.then({ wait: seconds });
  }
}

/** What a fixture may set besides the steps (the ISNs default to A 100, B 300). */
type Extra = Partial<Omit<ScenarioInput, "steps">>;

/** A fresh exchange: A's ISS 100, B's 300 (the numbers the tests below read). */
export const exchange = (extra: Extra = {}): Exchange => new Exchange({ ...extra, isn: extra.isn ?? { A: 100, B: 300 } });

/** CLOSED/LISTEN: B listens (passive OPEN). */
export const listening = (extra?: Extra) => exchange(extra).call("B", "listen");
/** SYN-SENT/LISTEN: A's SYN (seq=100) is on its way. */
export const synSent = (extra?: Extra) => listening(extra).call("A", "connect");
/** SYN-SENT/SYN-RECEIVED: B's SYN,ACK (seq=300 ack=101) is on its way. */
export const synReceived = (extra?: Extra) => synSent(extra).deliver("A", "SYN");
/** ESTABLISHED/ESTABLISHED: A at SND.NXT=101, B at SND.NXT=301. */
export const establishedPair = (extra?: Extra) => synReceived(extra).deliver("B", "SYN,ACK").deliver("A", "ACK");
/** FIN-WAIT-1/ESTABLISHED: A closed; its FIN (seq=101) is on its way. */
export const finWait1 = (extra?: Extra) => establishedPair(extra).call("A", "close");
/** FIN-WAIT-1/CLOSE-WAIT: B took the FIN; its ACK (ack=102) is on its way. */
export const closeWait = (extra?: Extra) => finWait1(extra).deliver("A", "FIN,ACK");
/** FIN-WAIT-2/CLOSE-WAIT: the half-closed connection. */
export const finWait2 = (extra?: Extra) => closeWait(extra).deliver("B", "ACK");
/** FIN-WAIT-2/LAST-ACK: B closed too; its FIN (seq=301) is on its way. */
export const lastAck = (extra?: Extra) => finWait2(extra).call("B", "close");
/** TIME-WAIT/LAST-ACK: A took B's FIN; A's last ACK (ack=302) is on its way. */
export const timeWait = (extra?: Extra) => lastAck(extra).deliver("B", "FIN,ACK");
/** CLOSING/FIN-WAIT-1: both closed at once; B's FIN reached A before A's FIN reached B. */
export const closing = (extra?: Extra) => finWait1(extra).call("B", "close").deliver("B", "FIN,ACK");
