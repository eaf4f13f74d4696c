/**
 * The engine's vocabulary. Names follow RFC 9293 (section 3.3.1 for the TCB variables,
 * section 3.3.2 for the states); the trace shape is the contract in docs/scenarios.md.
 */

export type Side = "A" | "B";
export const SIDES: readonly Side[] = ["A", "B"];
export const other = (side: Side): Side => (side === "A" ? "B" : "A");

/** RFC 9293 section 3.3.2, in the order of the state diagram (Figure 5). */
export const TCP_STATES = [
  "CLOSED",
  "LISTEN",
  "SYN-SENT",
  "SYN-RECEIVED",
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
] as const;
export type TcpState = (typeof TCP_STATES)[number];

/** The control bits this engine models, in the alphabetical order a trace lists them. */
export const FLAGS = ["ACK", "FIN", "RST", "SYN"] as const;
export type Flag = (typeof FLAGS)[number];

export type Fate = "delivered" | "dropped" | "in-flight";

/** A segment as the trace shows it. `len` counts data octets only. */
export interface TraceSegment {
  id: number;
  from: Side;
  to: Side;
  flags: Flag[];
  seq: number;
  ack: number;
  len: number;
  fate: Fate;
  /** The client's port, only for a connection other than the default one (scenarios with ports or a listener). */
  port?: number;
  /** The MSS option of a SYN or SYN,ACK (only with the scenario's mss extension). */
  mss?: number;
}

/** One connection's states, listed in a step when a scenario uses ports or a listener. */
export interface TraceConnection {
  /** The client's port; null for the default connection. */
  port: number | null;
  states: Record<Side, TcpState>;
}

/** The listening socket of the listener extension and its queues, after a step. */
export interface TraceListener {
  side: Side;
  state: "LISTEN" | "CLOSED";
  synQueue: number;
  acceptQueue: number;
}

export interface TraceStep {
  i: number;
  t: number;
  states: Record<Side, TcpState>;
  sent: number[];
  received: number[];
  error: string | null;
  notes: string[];
  /** Only with ports or a listener: every connection that is not CLOSED on both sides. */
  connections?: TraceConnection[];
  listener?: TraceListener;
}

export interface Trace {
  segments: TraceSegment[];
  steps: TraceStep[];
}
