import { toSeconds, type Flag, type ScenarioInput, type Side, type StepInput, type TraceSegment } from "../../tcp";
import { openConnection, ScenarioBuilder, type ScenarioConfig } from "../../content/scenario-builder";

/**
 * A card's scenario, written as a script ("deliver A's FIN", "drop B's SYN,ACK") in the fluent
 * style the card files use, over the content toolkit's builder (lib/content/scenario-builder.ts),
 * which questions share. A card reads nothing from the script but the scenario it wrote: the
 * card's back comes from running that scenario again.
 */
export type ScriptConfig = Omit<ScenarioConfig, "maxRetries">;

/** Which segment in flight: the oldest one from `from` whose control bits are exactly `flags`. */
export interface SegmentPick {
  from: Side;
  flags: readonly Flag[];
  /** Only segments with data (true) or without (false). */
  data?: boolean;
  /** The newest match instead of the oldest (an injected copy sent after the real segment). */
  newest?: boolean;
}

const match = (pick: SegmentPick) => ({ from: pick.from, exactly: pick.flags, data: pick.data, newest: pick.newest });

export class Script {
  private readonly builder: ScenarioBuilder;

  constructor(config: ScriptConfig) {
    this.builder = new ScenarioBuilder(config);
  }

  /** Applies a step; a refused call or a missing segment is a bug in the card, so it throws. */
  step(step: StepInput): this {
    this.builder.step(step);
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
    return this.builder.inFlight(match(pick));
  }

  deliver(pick: SegmentPick): this {
    this.builder.deliver(match(pick));
    return this;
  }
  drop(pick: SegmentPick): this {
    this.builder.drop(match(pick));
    return this;
  }
  /** Delivers every segment in flight, replies included, until the network is quiet. */
  settle(): this {
    this.builder.settle();
    return this;
  }

  /** The textbook open: the peer listens, `client` connects, SYN, SYN,ACK and ACK are delivered. */
  handshake(client: Side): this {
    openConnection(this.builder, client, client === "A" ? "B" : "A");
    return this;
  }

  /** Sends `bytes` from `side` and delivers the data and its ACK. */
  exchange(side: Side, bytes: number): this {
    const peer: Side = side === "A" ? "B" : "A";
    return this.send(side, bytes)
      .deliver({ from: side, flags: ["ACK"], data: true })
      .deliver({ from: peer, flags: ["ACK"] });
  }

  /** The values a card may quote in its context line, read from the live simulation. */
  get tcb() {
    return this.builder.current.tcb;
  }
  get now(): number {
    return toSeconds(this.builder.current.nowUs);
  }

  scenario(): ScenarioInput {
    return this.builder.scenario();
  }
}
