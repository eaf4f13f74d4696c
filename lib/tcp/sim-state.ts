import type { Scenario } from "./scenario";
import type { Side, TcpState, TraceSegment } from "./types";

/**
 * The simulation state: plain, serialisable data. Every step makes a new state and leaves the
 * old one untouched (see step.ts), so a user interface can keep the history for undo and redo.
 * Times are kept in whole milliseconds so that 0.2 s delayed ACKs add up exactly.
 */

/** A segment that occupies sequence space and is not yet acknowledged (RFC 9293 section 3.8.1). */
export interface RetxEntry {
  seq: number;
  len: number;
  syn: boolean;
  fin: boolean;
  /** The current timeout in ms: `rto` at first, doubled on each retransmission (RFC 6298 5.5). */
  timeout: number;
  retries: number;
}

/** The Transmission Control Block of one endpoint (RFC 9293 section 3.3.1). */
export interface Tcb {
  state: TcpState;
  /** Did this connection come from LISTEN? A passive SYN-RECEIVED returns there on RST (3.10.7.4). */
  passive: boolean;
  /** The ISS this connection's SYN will carry (from the OPEN that created it). */
  openIsn: number;
  iss: number;
  sndUna: number;
  sndNxt: number;
  irs: number;
  rcvNxt: number;
  /** The sequence number of our FIN, once sent. */
  finSeq: number | null;
  /** Octets the application sent before the connection was established (queued, 3.10.2). */
  queuedBytes: number;
  /** CLOSE called in SYN-RECEIVED with data queued: the FIN follows the data (3.10.4). */
  closeQueued: boolean;
  retx: readonly RetxEntry[];
}

export type TimerKind = "retransmission" | "time-wait" | "delayed-ack" | "fin-wait-2";

export interface Timer {
  id: number;
  side: Side;
  kind: TimerKind;
  /** Due time in ms. */
  due: number;
  /** The step that armed it: timers due together fire in the order of the steps that armed them. */
  armedStep: number;
  /** For a retransmission timer: the sequence number of the segment it guards. */
  seq: number | null;
}

export interface SimConfig {
  msl: number;
  rto: Record<Side, number>;
  maxRetries: number;
  delayedAck: boolean;
  /** Set only for a non-default profile (profile.ts). */
  profile?: "linux";
}

export interface Sim {
  config: SimConfig;
  /** Virtual time in ms. */
  now: number;
  /** The index the next step will have in the trace. */
  stepIndex: number;
  /** The ISN an OPEN uses when its step names none (a crash with "isn" replaces it). */
  defaultIsn: Record<Side, number>;
  tcb: Record<Side, Tcb>;
  segments: readonly TraceSegment[];
  timers: readonly Timer[];
  nextTimerId: number;
}

export const DELAYED_ACK_MS = 200;
/** RFC 9293 section 3.8.6: a fixed receive window, no scaling (the format's rule). */
export const RCV_WND = 65535;

export const toMs = (seconds: number): number => Math.round(seconds * 1000);

export const closedTcb = (openIsn: number): Tcb => ({
  state: "CLOSED",
  passive: false,
  openIsn,
  iss: openIsn,
  sndUna: openIsn,
  sndNxt: openIsn,
  irs: 0,
  rcvNxt: 0,
  finSeq: null,
  queuedBytes: 0,
  closeQueued: false,
  retx: [],
});

/** The state before the first step: both endpoints CLOSED, nothing in flight, t = 0. */
export function createSim(scenario: Omit<Scenario, "steps">): Sim {
  const rto = typeof scenario.rto === "number" ? { A: scenario.rto, B: scenario.rto } : scenario.rto;
  return {
    config: {
      msl: toMs(scenario.msl),
      rto: { A: toMs(rto.A), B: toMs(rto.B) },
      maxRetries: scenario.maxRetries,
      delayedAck: scenario.delayedAck,
      ...(scenario.profile === "linux" ? { profile: "linux" as const } : {}),
    },
    now: 0,
    stepIndex: 0,
    defaultIsn: { ...scenario.isn },
    tcb: { A: closedTcb(scenario.isn.A), B: closedTcb(scenario.isn.B) },
    segments: [],
    timers: [],
    nextTimerId: 1,
  };
}

/** A copy deep enough that a step may change it without touching the original. */
export const cloneSim = (sim: Sim): Sim => ({
  ...sim,
  defaultIsn: { ...sim.defaultIsn },
  tcb: { A: { ...sim.tcb.A }, B: { ...sim.tcb.B } },
  segments: sim.segments.slice(),
  timers: sim.timers.slice(),
});
