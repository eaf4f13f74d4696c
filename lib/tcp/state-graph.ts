import type { TcpState } from "./types";

/**
 * What makes an endpoint change state. `call:*` are the user calls of RFC 9293 section 3.10,
 * `rcv:*` a segment arriving (section 3.10.7), `timeout:*` a timer expiring (section 3.10.8).
 */
export type TransitionEvent =
  | "call:listen"
  | "call:connect"
  | "call:send"
  | "call:close"
  | "call:abort"
  | "rcv:SYN"
  | "rcv:SYN-ACK"
  | "rcv:ACK"
  | "rcv:FIN"
  | "rcv:FIN-ACK"
  | "rcv:RST"
  | "timeout:retransmission"
  | "timeout:time-wait"
  /** Only with the linux profile (profile.ts): not an edge of RFC 9293's figure. */
  | "timeout:fin-wait-2";

export interface Transition {
  from: TcpState;
  to: TcpState;
  event: TransitionEvent;
  /** What the endpoint sends as it moves, if anything. */
  sends: "SYN" | "SYN,ACK" | "ACK" | "FIN" | "RST" | null;
  /** The RFC 9293 section that states the rule. */
  rfc: string;
}

/** A stable key for an edge of the state diagram, e.g. "ESTABLISHED>CLOSE-WAIT". */
export const edgeKey = (from: TcpState, to: TcpState): string => `${from}>${to}`;

/**
 * The state graph of RFC 9293 Figure 5 as this engine walks it, with the transitions that the
 * figure leaves to the text (RST and time-outs, FIN-WAIT-1 straight to TIME-WAIT when FIN and
 * the ACK of our FIN arrive together). Question generators walk it; the diagrams draw it.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: "CLOSED", to: "LISTEN", event: "call:listen", sends: null, rfc: "3.10.1" },
  { from: "CLOSED", to: "SYN-SENT", event: "call:connect", sends: "SYN", rfc: "3.10.1" },
  { from: "LISTEN", to: "SYN-SENT", event: "call:connect", sends: "SYN", rfc: "3.10.1" },
  { from: "LISTEN", to: "SYN-SENT", event: "call:send", sends: "SYN", rfc: "3.10.2" },
  { from: "LISTEN", to: "CLOSED", event: "call:close", sends: null, rfc: "3.10.4" },
  { from: "LISTEN", to: "SYN-RECEIVED", event: "rcv:SYN", sends: "SYN,ACK", rfc: "3.10.7.2" },
  { from: "SYN-SENT", to: "ESTABLISHED", event: "rcv:SYN-ACK", sends: "ACK", rfc: "3.10.7.3" },
  { from: "SYN-SENT", to: "SYN-RECEIVED", event: "rcv:SYN", sends: "SYN,ACK", rfc: "3.10.7.3" },
  { from: "SYN-SENT", to: "CLOSED", event: "call:close", sends: null, rfc: "3.10.4" },
  { from: "SYN-SENT", to: "CLOSED", event: "rcv:RST", sends: null, rfc: "3.10.7.3" },
  { from: "SYN-SENT", to: "CLOSED", event: "timeout:retransmission", sends: null, rfc: "3.10.8" },
  { from: "SYN-RECEIVED", to: "ESTABLISHED", event: "rcv:ACK", sends: null, rfc: "3.10.7.4" },
  { from: "SYN-RECEIVED", to: "FIN-WAIT-1", event: "call:close", sends: "FIN", rfc: "3.10.4" },
  { from: "SYN-RECEIVED", to: "LISTEN", event: "rcv:RST", sends: null, rfc: "3.10.7.4" },
  { from: "SYN-RECEIVED", to: "LISTEN", event: "rcv:SYN", sends: null, rfc: "3.10.7.4" },
  { from: "SYN-RECEIVED", to: "CLOSED", event: "rcv:RST", sends: null, rfc: "3.10.7.4" },
  { from: "SYN-RECEIVED", to: "LISTEN", event: "timeout:retransmission", sends: null, rfc: "3.10.8" },
  { from: "SYN-RECEIVED", to: "CLOSED", event: "timeout:retransmission", sends: null, rfc: "3.10.8" },
  { from: "ESTABLISHED", to: "FIN-WAIT-1", event: "call:close", sends: "FIN", rfc: "3.10.4" },
  { from: "ESTABLISHED", to: "CLOSE-WAIT", event: "rcv:FIN", sends: "ACK", rfc: "3.10.7.4" },
  { from: "FIN-WAIT-1", to: "FIN-WAIT-2", event: "rcv:ACK", sends: null, rfc: "3.10.7.4" },
  { from: "FIN-WAIT-1", to: "CLOSING", event: "rcv:FIN", sends: "ACK", rfc: "3.10.7.4" },
  { from: "FIN-WAIT-1", to: "TIME-WAIT", event: "rcv:FIN-ACK", sends: "ACK", rfc: "3.10.7.4" },
  { from: "FIN-WAIT-2", to: "TIME-WAIT", event: "rcv:FIN", sends: "ACK", rfc: "3.10.7.4" },
  { from: "CLOSE-WAIT", to: "LAST-ACK", event: "call:close", sends: "FIN", rfc: "3.10.4" },
  { from: "CLOSING", to: "TIME-WAIT", event: "rcv:ACK", sends: null, rfc: "3.10.7.4" },
  { from: "LAST-ACK", to: "CLOSED", event: "rcv:ACK", sends: null, rfc: "3.10.7.4" },
  { from: "TIME-WAIT", to: "CLOSED", event: "timeout:time-wait", sends: null, rfc: "3.10.8" },
  // Leaving a synchronized state abruptly: ABORT (3.10.5), a valid RST (3.10.7.4), or giving up on retransmission.
  ...(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"] as const).flatMap((from) => [
    { from, to: "CLOSED" as const, event: "call:abort" as const, sends: "RST" as const, rfc: "3.10.5" },
    { from, to: "CLOSED" as const, event: "rcv:RST" as const, sends: null, rfc: "3.10.7.4" },
  ]),
  ...(["ESTABLISHED", "FIN-WAIT-1", "CLOSE-WAIT", "CLOSING", "LAST-ACK"] as const).map((from) => ({
    from,
    to: "CLOSED" as const,
    event: "timeout:retransmission" as const,
    sends: null,
    rfc: "3.10.8",
  })),
  { from: "CLOSING", to: "CLOSED", event: "rcv:RST", sends: null, rfc: "3.10.7.4" },
  { from: "LAST-ACK", to: "CLOSED", event: "rcv:RST", sends: null, rfc: "3.10.7.4" },
  { from: "TIME-WAIT", to: "CLOSED", event: "rcv:RST", sends: null, rfc: "3.10.7.4" },
  { from: "SYN-RECEIVED", to: "CLOSED", event: "call:abort", sends: "RST", rfc: "3.10.5" },
  ...(["CLOSING", "LAST-ACK", "TIME-WAIT"] as const).map((from) => ({ from, to: "CLOSED" as const, event: "call:abort" as const, sends: null, rfc: "3.10.5" })),
  { from: "SYN-SENT", to: "CLOSED", event: "call:abort", sends: null, rfc: "3.10.5" },
  { from: "LISTEN", to: "CLOSED", event: "call:abort", sends: null, rfc: "3.10.5" },
];

/** The transitions leaving a state. */
export const transitionsFrom = (state: TcpState): Transition[] => TRANSITIONS.filter((t) => t.from === state);
