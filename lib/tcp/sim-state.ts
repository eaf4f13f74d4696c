import type { Scenario } from "./scenario";
import type { Side, TcpState, TraceSegment } from "./types";

/**
 * The simulation state: plain, serialisable data. Every step makes a new state and leaves the
 * old one untouched (see step.ts), so a user interface can keep the history for undo and redo.
 * Times are kept in whole microseconds (the schema refuses a time with more than 6 decimals), so
 * every sum of waits and timer durations is exact; a trace prints `t` in seconds.
 */

/** A segment that occupies sequence space and is not yet acknowledged (RFC 9293 section 3.8.1). */
export interface RetxEntry {
  seq: number;
  len: number;
  syn: boolean;
  fin: boolean;
  /** The current timeout in µs: `rto` at first, doubled on each retransmission (RFC 6298 5.5). */
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
  /** Keep-alive probes sent since anything last arrived (the optional keepAlive field). */
  probes: number;
  /** The MSS the peer announced in its SYN, or 536 without the option (only with the mss extension). */
  peerMss?: number;
}

export type TimerKind = "retransmission" | "time-wait" | "delayed-ack" | "keep-alive" | "fin-wait-2";

export interface Timer {
  id: number;
  side: Side;
  kind: TimerKind;
  /** Due time in whole microseconds. */
  dueUs: number;
  /** The step that armed it: timers due together fire in the order of the steps that armed them. */
  armedStep: number;
  /** For a retransmission timer: the sequence number of the segment it guards. */
  seq: number | null;
  /** The connection it belongs to: null for the default one, else the client's port (connections.ts). */
  port: number | null;
}

export interface SimConfig {
  /** µs, as every time below. */
  msl: number;
  rto: Record<Side, number>;
  maxRetries: number;
  delayedAck: boolean;
  /** The optional extensions (docs/scenarios.md); absent, the engine behaves as it always did. */
  keepAlive: Partial<Record<Side, KeepAliveConfig>>;
  filtered: readonly Side[];
  finWait2Timeout: number | null;
  listener: ListenerConfig | null;
  timeWaitReopen: boolean;
  /** RFC 1337's protection against TIME-WAIT assassination: every RST arriving in TIME-WAIT is dropped. */
  timeWaitIgnoresRst: boolean;
  /** The MSS option each side puts in its SYN (the mss extension); null: no options, no segmenting. */
  mss: Partial<Record<Side, number>> | null;
  /** Endpoint profile (profile.ts); absent means "rfc". */
  profile?: "linux";
}

/** Keep-alive (RFC 9293 3.8.4, RFC 1122 4.2.3.6), times in µs. */
export interface KeepAliveConfig {
  idle: number;
  interval: number;
  probes: number;
}

/** A listening socket with a SYN queue, an accept queue and optionally SYN cookies (RFC 4987). */
export interface ListenerConfig {
  synQueue: number;
  acceptQueue: number;
  synCookies: boolean;
}

/** The listening socket of the listener extension: its children are connections keyed by the client's port. */
export interface ListenerState {
  side: Side;
  open: boolean;
  /** The ISN its children use, and the secret of its SYN cookies. */
  isn: number;
  /** Ports of children in SYN-RECEIVED (null: the default connection), oldest first. */
  synQueue: readonly (number | null)[];
  /** Ports of established children the application has not accepted yet, oldest first. */
  acceptQueue: readonly (number | null)[];
}

export interface Sim {
  config: SimConfig;
  /** Virtual time in whole microseconds. */
  nowUs: number;
  /** The index the next step will have in the trace. */
  stepIndex: number;
  /** The ISN an OPEN uses when its step names none (a crash with "isn" replaces it). */
  defaultIsn: Record<Side, number>;
  tcb: Record<Side, Tcb>;
  /** Connections other than the default one, keyed by the client's port (empty unless a scenario uses ports or a listener). */
  conns: Readonly<Record<string, Record<Side, Tcb>>>;
  listener: ListenerState | null;
  segments: readonly TraceSegment[];
  timers: readonly Timer[];
  nextTimerId: number;
}

export const DELAYED_ACK_US = 200_000;
/** RFC 9293 section 3.8.6: a fixed receive window, no scaling (the format's rule). */
export const RCV_WND = 65535;

/** Seconds (with at most 6 decimals, as the schema allows) to whole microseconds. */
export const toUs = (seconds: number): number => Math.round(seconds * 1_000_000);
/** Whole microseconds to seconds: the nearest number to the exact decimal (375000 -> 0.375). */
export const toSeconds = (us: number): number => us / 1_000_000;

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
  probes: 0,
});

/** The state before the first step: both endpoints CLOSED, nothing in flight, t = 0. */
export function createSim(scenario: Omit<Scenario, "steps">): Sim {
  const rto = typeof scenario.rto === "number" ? { A: scenario.rto, B: scenario.rto } : scenario.rto;
  return {
    config: {
      msl: toUs(scenario.msl),
      rto: { A: toUs(rto.A), B: toUs(rto.B) },
      maxRetries: scenario.maxRetries,
      delayedAck: scenario.delayedAck,
      keepAlive: Object.fromEntries(
        Object.entries(scenario.keepAlive ?? {}).map(([side, k]) => [side, { idle: toUs(k.idle), interval: toUs(k.interval), probes: k.probes }]),
      ),
      filtered: scenario.filtered ?? [],
      finWait2Timeout: scenario.finWait2Timeout === undefined ? null : toUs(scenario.finWait2Timeout),
      listener: scenario.listener ?? null,
      timeWaitReopen: scenario.timeWaitReopen ?? false,
      timeWaitIgnoresRst: scenario.timeWaitIgnoresRst ?? false,
      mss: scenario.mss ?? null,
      ...(scenario.profile === "linux" ? { profile: "linux" as const } : {}),
    },
    nowUs: 0,
    stepIndex: 0,
    defaultIsn: { ...scenario.isn },
    tcb: { A: closedTcb(scenario.isn.A), B: closedTcb(scenario.isn.B) },
    conns: NO_CONNS,
    listener: null,
    segments: [],
    timers: [],
    nextTimerId: 1,
  };
}

/** Does the simulation hold any connection besides the default one? (Fast: no array is built.) */
export const hasPorts = (sim: Sim): boolean => sim.conns !== NO_CONNS && Object.keys(sim.conns).length > 0;

/** The shared empty `conns` of every simulation that never used a port (so hasPorts is one comparison). */
export const NO_CONNS: Readonly<Record<string, Record<Side, Tcb>>> = Object.freeze({});

/** A copy deep enough that a step may change it without touching the original (everything below it is replaced, never mutated). */
export const cloneSim = (sim: Sim): Sim => ({
  ...sim,
  defaultIsn: { ...sim.defaultIsn },
  // TCBs, connection records, the listener and the segment and timer lists are never changed in
  // place (updateTcb, putTcb, setFate, armTimer and cancelTimers replace them), so the new state
  // may share them with the old one.
  tcb: { A: sim.tcb.A, B: sim.tcb.B },
});
