import { applyStep, createSim, parseScenario, toSeconds, type Flag, type ScenarioInput, type Side, type Sim, type StepInput, type TraceSegment } from "../../tcp";

/**
 * Writes a card's scenario as a script ("deliver A's FIN", "drop B's SYN,ACK"), running the
 * engine step by step so that no card hard-codes a segment number. A card reads nothing from the
 * script but the scenario it wrote: the card's back comes from running that scenario again.
 */
export interface ScriptConfig {
  isn: Record<Side, number>;
  msl?: number;
  rto?: number;
  delayedAck?: boolean;
}

/** Which segment in flight: the oldest one from `from` whose control bits are exactly `flags`. */
export interface SegmentPick {
  from: Side;
  flags: readonly Flag[];
  /** Only segments with data (true) or without (false). */
  data?: boolean;
  /** The newest match instead of the oldest (an injected copy sent after the real segment). */
  newest?: boolean;
}

const sameFlags = (a: readonly Flag[], b: readonly Flag[]) => a.length === b.length && a.every((f) => b.includes(f));

export class Script {
  private sim: Sim;
  private readonly steps: StepInput[] = [];

  constructor(private readonly config: ScriptConfig) {
    const parsed = parseScenario({ ...config, steps: [] });
    if (!parsed.ok) throw new Error(`invalid card scenario: ${parsed.message}`);
    this.sim = createSim(parsed.scenario);
  }

  /** Applies a step; a refused call or a missing segment is a bug in the card, so it throws. */
  step(step: StepInput): this {
    const parsed = parseScenario({ ...this.config, steps: [step] });
    if (!parsed.ok) throw new Error(`invalid card step ${JSON.stringify(step)}: ${parsed.message}`);
    const { sim, record } = applyStep(this.sim, parsed.scenario.steps[0]!);
    if (record.error) throw new Error(`card step ${record.i} ${JSON.stringify(step)} failed: ${record.error}`);
    this.sim = sim;
    this.steps.push(step);
    return this;
  }

  listen(on: Side): this {
    return this.step({ call: "listen", on });
  }
  connect(on: Side): this {
    return this.step({ call: "connect", on });
  }
  send(on: Side, bytes: number): this {
    return this.step({ call: "send", on, bytes });
  }
  close(on: Side): this {
    return this.step({ call: "close", on });
  }
  abort(on: Side): this {
    return this.step({ call: "abort", on });
  }
  crash(side: Side): this {
    return this.step({ crash: side });
  }
  wait(seconds: number): this {
    return this.step({ wait: seconds });
  }
  inject(segment: { to: Side; flags: Flag[]; seq: number; ack?: number; len?: number }): this {
    return this.step({ inject: segment });
  }

  /** The oldest segment in flight that matches; throws if there is none. */
  inFlight(pick: SegmentPick): TraceSegment {
    const matches = this.sim.segments.filter(
      (s) => s.fate === "in-flight" && s.from === pick.from && sameFlags(s.flags, pick.flags) && (pick.data === undefined || s.len > 0 === pick.data),
    );
    const found = pick.newest ? matches[matches.length - 1] : matches[0];
    if (!found) throw new Error(`no segment from ${pick.from} with ${pick.flags.join(",")} in flight`);
    return found;
  }

  deliver(pick: SegmentPick): this {
    return this.step({ deliver: this.inFlight(pick).id });
  }
  drop(pick: SegmentPick): this {
    return this.step({ drop: this.inFlight(pick).id });
  }
  /** Delivers every segment in flight, replies included, until the network is quiet. */
  settle(): this {
    return this.step({ deliver: "all" });
  }

  /** The textbook open: `server` listens, `client` connects, SYN, SYN,ACK and ACK are delivered. */
  handshake(client: Side): this {
    const server: Side = client === "A" ? "B" : "A";
    return this.listen(server)
      .connect(client)
      .deliver({ from: client, flags: ["SYN"] })
      .deliver({ from: server, flags: ["ACK", "SYN"] })
      .deliver({ from: client, flags: ["ACK"] });
  }

  /** Sends `bytes` from `side` and delivers the data and its ACK. */
  exchange(side: Side, bytes: number): this {
    const peer: Side = side === "A" ? "B" : "A";
    return this.send(side, bytes).deliver({ from: side, flags: ["ACK"], data: true }).deliver({ from: peer, flags: ["ACK"] });
  }

  /** The values a card may quote in its context line, read from the live simulation. */
  get tcb() {
    return this.sim.tcb;
  }
  get now(): number {
    return toSeconds(this.sim.nowUs);
  }

  scenario(): ScenarioInput {
    return { ...this.config, steps: [...this.steps] };
  }
}
