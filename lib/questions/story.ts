import { applyStep, createSim, parseScenario, simulateDetailed, type DetailedRun, type Flag, type ScenarioInput, type Side, type Sim, type Step, type TraceSegment } from "../tcp";

/**
 * Writes a scenario as a story ("deliver A's FIN", "drop B's SYN,ACK") by running the engine one
 * step at a time, so templates never hard-code segment numbers. `finish()` then runs the whole
 * scenario again with simulateDetailed: every value a question reads comes from that run.
 */
export interface StoryConfig {
  isn: Record<Side, number>;
  msl?: number;
  rto?: number;
  maxRetries?: number;
  delayedAck?: boolean;
}

export interface SegmentMatch {
  from?: Side;
  /** Every one of these flags is set. */
  flags?: Flag[];
  /** Exactly these flags are set. */
  exactly?: Flag[];
}

const matches = (s: TraceSegment, m: SegmentMatch): boolean =>
  (m.from === undefined || s.from === m.from) &&
  (m.flags === undefined || m.flags.every((f) => s.flags.includes(f))) &&
  (m.exactly === undefined || (m.exactly.length === s.flags.length && m.exactly.every((f) => s.flags.includes(f))));

export class Story {
  private sim: Sim;
  private readonly steps: Step[] = [];
  constructor(private readonly config: StoryConfig) {
    const parsed = parseScenario({ ...config, steps: [] });
    if (!parsed.ok) throw new Error(`invalid story configuration: ${parsed.message}`);
    this.sim = createSim(parsed.scenario);
  }

  /** Applies a step; returns its index in the trace. Throws if the engine reports an error a story did not expect. */
  step(step: Step, allowError = false): number {
    const { sim, record } = applyStep(this.sim, step);
    if (record.error && !allowError) throw new Error(`story step ${record.i} (${JSON.stringify(step)}) failed: ${record.error}`);
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

  /** The oldest segment in flight that matches; throws if there is none. */
  inFlight(match: SegmentMatch = {}): TraceSegment {
    const segment = this.sim.segments.find((s) => s.fate === "in-flight" && matches(s, match));
    if (!segment) throw new Error(`story: no segment in flight matching ${JSON.stringify(match)}`);
    return segment;
  }

  hasInFlight(match: SegmentMatch = {}): boolean {
    return this.sim.segments.some((s) => s.fate === "in-flight" && matches(s, match));
  }

  /** Delivers the oldest matching segment in flight; returns its id. */
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

  inject(to: Side, flags: Flag[], seq: number, ack = 0): number {
    this.step({ inject: { to, flags, seq, ack, len: 0 } });
    return this.sim.segments.length;
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
    return { ...this.config, steps: this.steps.slice(0, upTo) as ScenarioInput["steps"] };
  }

  /** The whole scenario, run once more from the start. */
  finish(): { scenario: ScenarioInput; run: DetailedRun } {
    const scenario = this.scenario();
    return { scenario, run: runScenario(scenario) };
  }
}

export function runScenario(scenario: ScenarioInput): DetailedRun {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`invalid generated scenario: ${parsed.message}`);
  return simulateDetailed(parsed.scenario);
}

/** The textbook open: `server` listens, `client` connects, SYN, SYN,ACK and ACK are delivered. */
export function openConnection(story: Story, client: Side, server: Side): { syn: number; synAck: number; ack: number; lastStep: number } {
  story.call("listen", server);
  story.call("connect", client);
  const syn = story.deliver({ from: client, flags: ["SYN"] });
  const synAck = story.deliver({ from: server, flags: ["SYN", "ACK"] });
  const ack = story.deliver({ from: client, exactly: ["ACK"] });
  return { syn, synAck, ack, lastStep: story.stepCount - 1 };
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
export function closeConnection(story: Story, first: Side, second: Side, halfCloseBytes = 0): CloseIds {
  const close1 = story.call("close", first);
  const fin1 = story.deliver({ from: first, flags: ["FIN"] });
  const fin1Arrives = story.stepCount - 1;
  const ack1 = story.deliver({ from: second, exactly: ["ACK"] });
  const ack1Arrives = story.stepCount - 1;
  let data: number | undefined;
  let dataAck: number | undefined;
  if (halfCloseBytes > 0) {
    story.send(second, halfCloseBytes);
    data = story.deliver({ from: second });
    dataAck = story.deliver({ from: first, exactly: ["ACK"] });
  }
  const close2 = story.call("close", second);
  const fin2 = story.deliver({ from: second, flags: ["FIN"] });
  const fin2Arrives = story.stepCount - 1;
  const ack2 = story.deliver({ from: first, exactly: ["ACK"] });
  const ack2Arrives = story.stepCount - 1;
  return { fin1, ack1, data, dataAck, fin2, ack2, steps: { close1, fin1Arrives, ack1Arrives, close2, fin2Arrives, ack2Arrives } };
}
