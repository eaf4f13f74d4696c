import type { TcpState } from "@/lib/tcp";

/** What the analysis says about one segment, as data: the command line prints it in English, the page in the reader's language. */
export type Role = "client" | "server";
export type SegmentNote =
  | { kind: "retransmission"; of: number }
  | { kind: "duplicate"; of: number }
  | { kind: "dup-ack"; of: number }
  /** This segment's acknowledgment never arrived: segment `by` repeats what it acknowledged. */
  | { kind: "ack-lost"; by: number; what: "SYN" | "SYN,ACK" | "FIN" | "data" }
  /** This segment never arrived: segment `by` sends it again. */
  | { kind: "lost"; by: number }
  | { kind: "rst-accepted" }
  | { kind: "rst-challenged" }
  | { kind: "rst-ignored"; reason: "outside-window" | "no-connection" | "bad-ack" }
  | { kind: "syn-challenged" }
  | { kind: "unacceptable"; reason: "old" | "beyond" }
  | { kind: "handshake-by-data" }
  /** It crossed segment `with` of its receiver: it arrived only after that one was sent. */
  | { kind: "crossed"; with: number }
  /** It arrives now, having crossed this segment (see "crossed"). */
  | { kind: "arrives"; of: number }
  /** Before this segment, a timer moved an endpoint. */
  | { kind: "timer"; side: Role; from: TcpState; to: TcpState; timer: "time-wait" | "fin-wait-2" | "retransmission" };

const TIMER_WORDS = {
  "time-wait": "the TIME-WAIT timer expired",
  "fin-wait-2": "the FIN-WAIT-2 timeout expired",
  retransmission: "retransmissions gave up",
} as const;

/** The note in English, as the command line prints it. */
export function formatNote(note: SegmentNote): string {
  switch (note.kind) {
    case "retransmission":
      return `retransmission of #${note.of}`;
    case "duplicate":
      return `duplicate of #${note.of}`;
    case "dup-ack":
      return `duplicate ACK (same as #${note.of})`;
    case "ack-lost":
      return `ACK lost: #${note.by} repeats the ${note.what === "data" ? "data" : note.what}`;
    case "lost":
      return `lost: #${note.by} sends it again`;
    case "rst-accepted":
      return "RST accepted: its sequence number is exactly RCV.NXT";
    case "rst-challenged":
      return "RST in the window but not at RCV.NXT: answered with a challenge ACK (RFC 5961)";
    case "rst-ignored":
      return note.reason === "outside-window"
        ? "RST outside the receive window: ignored (RFC 5961)"
        : note.reason === "bad-ack"
          ? "RST ignored: it does not acknowledge the SYN"
          : "RST ignored: the receiver has no connection";
    case "syn-challenged":
      return "SYN in a synchronized state: answered with a challenge ACK (RFC 5961)";
    case "unacceptable":
      return note.reason === "old" ? "already received: answered with an ACK" : "beyond the receive window: answered with an ACK";
    case "handshake-by-data":
      return "the handshake completes with this data segment (its ACK stands in for the lost one)";
    case "crossed":
      return `crossed #${note.with}: arrives after the receiver sent it`;
    case "arrives":
      return `#${note.of} arrives now (it crossed this segment)`;
    case "timer":
      return `before this segment ${TIMER_WORDS[note.timer]}: ${note.side} ${note.from} -> ${note.to}`;
  }
}
