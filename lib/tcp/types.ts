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
}

export interface TraceStep {
  i: number;
  t: number;
  states: Record<Side, TcpState>;
  sent: number[];
  received: number[];
  error: string | null;
  notes: string[];
}

export interface Trace {
  segments: TraceSegment[];
  steps: TraceStep[];
}
