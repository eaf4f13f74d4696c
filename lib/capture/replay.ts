import { applyStep, createSim, type Side, type Sim, type Step, type TcpState } from "@/lib/tcp";
import type { CaptureProfile } from "./profiles";

/**
 * The engine driven as an observer: a Sim whose endpoints are told what the capture shows them
 * doing (an OPEN for a SYN, a SEND for new data, a CLOSE for a FIN, an ABORT for a RST) and are
 * handed the captured segments that reached them. What the engine itself emits is dropped: the
 * capture, not the engine, says what was sent. Its retransmission timeout is set beyond any
 * capture so it never retransmits or gives up on its own; the observer infers give-ups from the
 * capture's times (observe-connection.ts). Its TIME-WAIT timer runs, with the profile's MSL.
 */

/** The engine's longest timeout (scenario.ts): 115 days, longer than any capture. */
const NEVER_SECONDS = 1e7;

export class Replay {
  sim: Sim;
  /** Milliseconds of engine time asked for so far (each wait is a whole number of them, so no rounding drifts). */
  private engineMs = 0;

  constructor(profile: CaptureProfile) {
    this.sim = createSim({ isn: { A: 0, B: 0 }, msl: profile.msl, rto: NEVER_SECONDS, maxRetries: 20, delayedAck: false });
  }

  state(side: Side): TcpState {
    return this.sim.tcb[side].state;
  }

  tcb(side: Side) {
    return this.sim.tcb[side];
  }

  /** Applies one engine step and forgets the segments it emitted. */
  apply(step: Step): void {
    const { sim } = applyStep(this.sim, step);
    this.sim = { ...sim, segments: [] };
  }

  /** The captured segment arrives at `to`. */
  deliver(to: Side, segment: { flags: ("ACK" | "FIN" | "RST" | "SYN")[]; seq: number; ack: number; len: number }): void {
    // Injected into an emptied list, the segment is number 1.
    const injected = applyStep({ ...this.sim, segments: [] }, { inject: { to, ...segment } }).sim;
    const { sim } = applyStep(injected, { deliver: 1 });
    this.sim = { ...sim, segments: [] };
  }

  /** Engine time moves on to `ns` after the file's first frame; its TIME-WAIT timers fire on the way. */
  waitUntil(ns: number): void {
    const targetMs = Math.round(ns / 1e6);
    if (targetMs <= this.engineMs) return;
    this.apply({ wait: (targetMs - this.engineMs) / 1000 });
    this.engineMs = targetMs;
  }

  /** An endpoint forgets its connection without sending anything (a timer gave it up). */
  forget(side: Side, backTo: "CLOSED" | "LISTEN"): void {
    const isn = this.sim.tcb[side].openIsn;
    this.apply({ crash: side });
    if (backTo === "LISTEN") this.apply({ call: "listen", on: side, isn });
  }
}
