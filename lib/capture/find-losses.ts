import { seqAdd, seqGe, seqGt, seqLe, seqLt } from "@/lib/tcp";
import type { SegmentNote } from "./notes";

/**
 * The whole-capture look that decides which segments never reached their peer (../docs/captures.md):
 * - a retransmission of what the peer had already acknowledged means that acknowledgment was lost
 *   ("ACK lost: #7 repeats the FIN"), unless it came on a segment the peer answered with a
 *   duplicate ACK (one outside RCV.NXT, whose ACK field the peer never processed);
 * - a retransmission of what the peer never acknowledged means the first copy was lost.
 * It also names retransmissions, duplicates (an identical copy within a millisecond) and duplicate
 * ACKs. With one capture point, a lost ACK and a lost segment that was acknowledged by a segment
 * the capture did not see cannot be told apart: the first reading is taken.
 */
export interface LossInput {
  fromClient: boolean;
  syn: boolean;
  ack: number | null;
  fin: boolean;
  rst: boolean;
  seq: number;
  len: number;
  /** Nanoseconds since the file's first frame. */
  tNs: number;
}

export const seqSpace = (s: Pick<LossInput, "syn" | "fin" | "len">): number => s.len + (s.syn ? 1 : 0) + (s.fin ? 1 : 0);

const DUPLICATE_WITHIN_NS = 1_000_000;

function what(s: LossInput): "SYN" | "SYN,ACK" | "FIN" | "data" {
  if (s.syn) return s.ack === null ? "SYN" : "SYN,ACK";
  return s.fin && s.len === 0 ? "FIN" : "data";
}

/**
 * Did the peer answer segment k (between k and j) with a duplicate ACK, as a receiver does for a
 * segment beyond a gap? Each such ACK answers the latest segment before it not yet answered that
 * it can answer: one beyond a gap, or an old one wholly below the ACK. A segment that holds the
 * acknowledged number itself cannot have arrived before the ACK was sent: it starts at or below
 * RCV.NXT, so it would have been accepted and RCV.NXT moved past it (RFC 9293 3.10.7.4, seventh and
 * eighth), and RCV.NXT never goes back.
 */
function answeredByDuplicateAck(segments: readonly LossInput[], peerAckBefore: readonly (number | null)[], k: number, j: number): boolean {
  const sender = segments[k]!.fromClient;
  const end = seqAdd(segments[k]!.seq, seqSpace(segments[k]!));
  const answered = new Set<number>();
  let previousAck = peerAckBefore[k]!;
  for (let m = k + 1; m < j; m += 1) {
    const s = segments[m]!;
    if (s.fromClient === sender || s.ack === null) continue;
    const duplicate = s.ack === previousAck;
    previousAck = s.ack;
    if (!duplicate || seqSpace(s) > 0 || s.rst || seqGe(s.ack, end)) continue;
    for (let q = m - 1; q >= 0; q -= 1) {
      const candidate = segments[q]!;
      if (candidate.fromClient !== sender || seqSpace(candidate) === 0 || answered.has(q)) continue;
      if (seqLe(candidate.seq, s.ack) && seqLt(s.ack, seqAdd(candidate.seq, seqSpace(candidate)))) continue;
      answered.add(q);
      if (q === k) return true;
      break;
    }
  }
  return false;
}

export interface Losses {
  delivered: boolean[];
  notes: SegmentNote[][];
}

export function findLosses(segments: readonly LossInput[]): Losses {
  const delivered = segments.map(() => true);
  const notes: SegmentNote[][] = segments.map(() => []);
  // Each side's highest sequence number sent so far (the end of the furthest segment): a segment
  // starting there or beyond overlaps nothing sent before, so the search back for its earlier copy
  // is skipped. Without this a transfer without losses would be compared with every segment before
  // it, and the search would take the square of the connection's length.
  const sentUpTo = new Map<boolean, number>();
  // For each segment, the last acknowledgment number its peer sent before it (null: none yet).
  const lastAck = new Map<boolean, number | null>();
  const peerAckBefore = segments.map((s) => {
    const before = lastAck.get(!s.fromClient) ?? null;
    if (s.ack !== null) lastAck.set(s.fromClient, s.ack);
    return before;
  });
  for (let j = 0; j < segments.length; j += 1) {
    const r = segments[j]!;
    const space = seqSpace(r);
    if (space === 0) {
      // A pure ACK (or RST) identical to the sender's previous segment: a duplicate ACK.
      if (r.rst) continue;
      for (let k = j - 1; k >= 0; k -= 1) {
        const s = segments[k]!;
        if (s.fromClient !== r.fromClient) continue;
        if (seqSpace(s) === 0 && !s.rst && s.ack === r.ack && s.seq === r.seq) notes[j]!.push({ kind: "dup-ack", of: k });
        break;
      }
      continue;
    }
    const end = seqAdd(r.seq, space);
    const furthest = sentUpTo.get(r.fromClient);
    if (!r.rst && (furthest === undefined || seqLt(furthest, end))) sentUpTo.set(r.fromClient, end);
    if (furthest === undefined || seqGe(r.seq, furthest)) continue;
    let k = j - 1;
    for (; k >= 0; k -= 1) {
      const s = segments[k]!;
      if (s.fromClient !== r.fromClient || seqSpace(s) === 0 || s.rst) continue;
      if (seqLt(s.seq, end) && seqLt(r.seq, seqAdd(s.seq, seqSpace(s)))) break;
    }
    if (k < 0) continue;
    const original = segments[k]!;
    const identical = original.seq === r.seq && original.len === r.len && original.ack === r.ack && original.syn === r.syn && original.fin === r.fin;
    if (identical && r.tNs - original.tNs < DUPLICATE_WITHIN_NS) {
      notes[j]!.push({ kind: "duplicate", of: k });
      continue;
    }
    notes[j]!.push({ kind: "retransmission", of: k });
    let acked = false;
    let partly = false;
    for (let m = k + 1; m < j; m += 1) {
      const s = segments[m]!;
      if (s.fromClient === r.fromClient || s.ack === null || s.rst) continue;
      // In SYN-SENT only a SYN,ACK answers the SYN: a bare ACK there is ignored, not lost.
      if (r.syn && r.ack === null && !s.syn) continue;
      if (seqGe(s.ack, end)) {
        acked = true;
        // A segment the peer answered with a duplicate ACK arrived outside RCV.NXT (old, or beyond a
        // gap) and was not processed: its ACK field moved nothing (RFC 9293 3.10.7.4), so the resend
        // does not say it was lost.
        if (delivered[m] && !(seqSpace(s) > 0 && answeredByDuplicateAck(segments, peerAckBefore, m, j))) {
          delivered[m] = false;
          notes[m]!.push({ kind: "ack-lost", by: j, what: what(r) });
        }
      } else if (seqGt(s.ack, r.seq)) {
        partly = true;
      }
    }
    if (!acked && !partly && delivered[k] && !answeredByDuplicateAck(segments, peerAckBefore, k, j)) {
      delivered[k] = false;
      notes[k]!.push({ kind: "lost", by: j });
    }
  }
  return { delivered, notes };
}

/**
 * Segments that crossed one from their receiver: when the receiver's next segments do not yet
 * acknowledge a segment (their ACK stops exactly at its start) and a later one does, the segment
 * arrived between the two: after the last that stops short. This is how a capture shows a
 * simultaneous close (each FIN sent before the other arrived). Returns, for each segment, the
 * index after which it is delivered, or null for "at once".
 */
export function findCrossings(segments: readonly LossInput[], delivered: readonly boolean[]): (number | null)[] {
  const own = segments.map((s, k) => {
    const space = seqSpace(s);
    if (space === 0 || s.rst || !delivered[k]) return null;
    const end = seqAdd(s.seq, space);
    let lastShort: number | null = null;
    for (let j = k + 1; j < segments.length; j += 1) {
      const y = segments[j]!;
      if (y.fromClient === s.fromClient || y.ack === null) continue;
      if (seqGe(y.ack, end)) return lastShort;
      // An ACK short of the segment's start says there is a gap before it, not that it crossed.
      if (y.ack !== s.seq) return null;
      lastShort = j;
    }
    return null;
  });
  // A sender's segments arrive in the order sent: none arrives before an earlier one that waits.
  const waitUntil: Record<"client" | "server", number> = { client: -1, server: -1 };
  return own.map((after, k) => {
    const s = segments[k]!;
    if (!delivered[k]) return after;
    const side = s.fromClient ? "client" : "server";
    const at = Math.max(after ?? k, waitUntil[side]);
    waitUntil[side] = at;
    return at > k ? at : null;
  });
}
