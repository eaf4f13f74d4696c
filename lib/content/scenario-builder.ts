import {
  applyStep,
  createSim,
  parseScenario,
  simulateDetailed,
  type DetailedRun,
  type Flag,
  type ScenarioInput,
  type Side,
  type Sim,
  type StepInput,
  type TraceSegment,
} from "../tcp";

/**
 * Writes a scenario as a story ("deliver A's FIN", "drop B's SYN,ACK") by running the engine one
 * step at a time, so that no question or card hard-codes a segment number. What the content then
 * shows comes from running the finished scenario again (`finish()`), never from the builder.
 * Questions read step indexes and segment ids off it; flashcards wrap it in a fluent Script.
 */
export interface ScenarioConfig {
  isn: Record<Side, number>;
  msl?: number;
  rto?: number;
  maxRetries?: number;
  delayedAck?: boolean;
}

/** Which segment in flight: by sender and control bits. */
export interface SegmentMatch {
  from?: Side;
  /** Every one of these flags is set. */
  flags?: readonly Flag[];
  /** Exactly these flags are set. */
  exactly?: readonly Flag[];
  /** Only segments with data (true) or without (false). */
  data?: boolean;
  /** The newest match instead of the oldest (an injected copy sent after the real segment). */
  newest?: boolean;
}

const sameFlags = (a: readonly Flag[], b: readonly Flag[]) => a.length === b.length && a.every((f) => b.includes(f));

const matches = (s: TraceSegment, m: SegmentMatch): boolean =>
  s.fate === "in-flight" &&
  (m.from === undefined || s.from === m.from) &&
  (m.flags === undefined || m.flags.every((f) => s.flags.includes(f))) &&
  (m.exactly === undefined || sameFlags(s.flags, m.exactly)) &&
  (m.data === undefined || s.len > 0 === m.data);

export class ScenarioBuilder {
  private sim: Sim;
  private readonly steps: StepInput[] = [];

  constructor(private readonly config: ScenarioConfig) {
    const parsed = parseScenario({ ...config, steps: [] });
    if (!parsed.ok) throw new Error(`invalid scenario configuration: ${parsed.message}`);
    this.sim = createSim(parsed.scenario);
  }

  /**
   * Applies a step (validated by the scenario schema, as any scenario is) and returns its index.
   * A refused call is a bug in the content, so it throws, unless the content expects it (allowError).
   */
  step(step: StepInput, allowError = false): number {
    const parsed = parseScenario({ ...this.config, steps: [step] });
    if (!parsed.ok) throw new Error(`invalid step ${JSON.stringify(step)}: ${parsed.message}`);
    const { sim, record } = applyStep(this.sim, parsed.scenario.steps[0]!);
    if (record.error && !allowError) throw new Error(`step ${record.i} (${JSON.stringify(step)}) failed: ${record.error}`);
    this.sim = sim;
    this.steps.push(step);
    return record.i;
  }

  call(call: "listen" | "connect" | "close" | "abort", on: Side, allowError = false): number {
    return this.step({ call, on }, allowError);
  }

  send(on: Side, bytes: number): number {
    return this.step({ call: "send", on, bytes });
  }

  wait(seconds: number): number {
    return this.step({ wait: seconds });
  }

  crash(side: Side): number {
    return this.step({ crash: side });
  }

  /** Puts a segment from outside the connection (an old duplicate, a forged RST) in flight; returns its id. */
  inject(to: Side, flags: Flag[], seq: number, ack = 0, len = 0): number {
    this.step({ inject: { to, flags, seq, ack, len } });
    return this.sim.segments.length;
  }

  /** The oldest (or newest) segment in flight that matches; throws if there is none. */
  inFlight(match: SegmentMatch = {}): TraceSegment {
    const found = this.sim.segments.filter((s) => matches(s, match));
    const segment = match.newest ? found[found.length - 1] : found[0];
    if (!segment) throw new Error(`no segment in flight matching ${JSON.stringify(match)}`);
    return segment;
  }

  hasInFlight(match: SegmentMatch = {}): boolean {
    return this.sim.segments.some((s) => matches(s, match));
  }

  /** Delivers the matching segment in flight; returns its id. */
  deliver(match: SegmentMatch = {}): number {
    const id = this.inFlight(match).id;
    this.step({ deliver: id });
    return id;
  }

  drop(match: SegmentMatch = {}): number {
    const id = this.inFlight(match).id;
    this.step({ drop: id });
    return id;
  }

  /** Delivers every segment in flight, replies included, until the network is quiet. */
  settle(): number {
    return this.step({ deliver: "all" });
  }

  /** The id the next emitted segment will get. */
  get nextSegmentId(): number {
    return this.sim.segments.length + 1;
  }

  get stepCount(): number {
    return this.steps.length;
  }

  /** The live simulation state (TCB variables, timers) after the last step. */
  get current(): Sim {
    return this.sim;
  }

  scenario(upTo = this.steps.length): ScenarioInput {
    return { ...this.config, steps: this.steps.slice(0, upTo) };
  }

  /** The whole scenario, run once more from the start. */
  finish(): { scenario: ScenarioInput; run: DetailedRun } {
    const scenario = this.scenario();
    return { scenario, run: runScenario(scenario) };
  }
}

/** Runs a generated scenario; one that does not validate is a bug in the content, so it throws. */
export function runScenario(scenario: ScenarioInput): DetailedRun {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`invalid generated scenario: ${parsed.message}`);
  return simulateDetailed(parsed.scenario);
}

/** The textbook open: `server` listens, `client` connects, SYN, SYN,ACK and ACK are delivered. */
export function openConnection(b: ScenarioBuilder, client: Side, server: Side): { syn: number; synAck: number; ack: number; lastStep: number } {
  b.call("listen", server);
  b.call("connect", client);
  const syn = b.deliver({ from: client, flags: ["SYN"] });
  const synAck = b.deliver({ from: server, flags: ["SYN", "ACK"] });
  const ack = b.deliver({ from: client, exactly: ["ACK"] });
  return { syn, synAck, ack, lastStep: b.stepCount - 1 };
}

export interface CloseIds {
  fin1: number;
  ack1: number;
  data?: number;
  dataAck?: number;
  fin2: number;
  ack2: number;
  /** The steps of each event, for asking "after this step". */
  steps: { close1: number; fin1Arrives: number; ack1Arrives: number; close2: number; fin2Arrives: number; ack2Arrives: number };
}

/**
 * The four-way close: `first` closes, its FIN is acknowledged; `second` may send `halfCloseBytes`
 * during the half-close (acknowledged by `first`), then closes; the last ACK is delivered.
 */
export function closeConnection(b: ScenarioBuilder, first: Side, second: Side, halfCloseBytes = 0): CloseIds {
  const close1 = b.call("close", first);
  const fin1 = b.deliver({ from: first, flags: ["FIN"] });
  const fin1Arrives = b.stepCount - 1;
  const ack1 = b.deliver({ from: second, exactly: ["ACK"] });
  const ack1Arrives = b.stepCount - 1;
  let data: number | undefined;
  let dataAck: number | undefined;
  if (halfCloseBytes > 0) {
    b.send(second, halfCloseBytes);
    data = b.deliver({ from: second });
    dataAck = b.deliver({ from: first, exactly: ["ACK"] });
  }
  const close2 = b.call("close", second);
  const fin2 = b.deliver({ from: second, flags: ["FIN"] });
  const fin2Arrives = b.stepCount - 1;
  const ack2 = b.deliver({ from: first, exactly: ["ACK"] });
  const ack2Arrives = b.stepCount - 1;
  return { fin1, ack1, data, dataAck, fin2, ack2, steps: { close1, fin1Arrives, ack1Arrives, close2, fin2Arrives, ack2Arrives } };
}
