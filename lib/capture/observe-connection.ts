import { other, seqAdd, seqDiff, seqGt, seqInWindow, seqLe, type Side, type TcpState } from "@/lib/tcp";
import { findCrossings, findLosses, seqSpace, type LossInput } from "./find-losses";
import type { Role, SegmentNote } from "./notes";
import { giveUpAfter, type CaptureProfile } from "./profiles";
import { Replay } from "./replay";
import type { RawConnection } from "./split-connections";
import type { Instant, TcpPacket } from "./types";

/**
 * One connection replayed through the engine as an observer: after every captured segment, the
 * state of both endpoints (client = A, server = B in the engine), with what the segment did.
 */

export type ContractFlag = "SYN" | "ACK" | "FIN" | "RST";

export interface AnalysedSegment {
  i: number;
  /** The frame's number in the file. */
  frame: number;
  /** Nanoseconds since the file's first frame. */
  tNs: number;
  from: Role;
  flags: ContractFlag[];
  seq: number;
  ack: number | null;
  len: number;
  delivered: boolean;
  after: Record<Role, TcpState>;
  notes: SegmentNote[];
}

export interface AnalysedConnection {
  client: string;
  server: string;
  isn: Record<Role, number | null>;
  /** The states before the first segment (as inferred: LISTEN for a server that answers with SYN,ACK). */
  before: Record<Role, TcpState>;
  segments: AnalysedSegment[];
  end: Record<Role, TcpState>;
  /** Timer moves after the last segment and before the capture's end. */
  endNotes: SegmentNote[];
}

const ROLE: Record<Side, Role> = { A: "client", B: "server" };
const SIDE: Record<Role, Side> = { client: "A", server: "B" };
const SYNCHRONIZED: ReadonlySet<TcpState> = new Set(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"]);
/** The format's fixed receive window (docs/scenarios.md). */
const RCV_WND = 65535;

export const relativeNs = (t: Instant, first: Instant): number => (t.sec - first.sec) * 1e9 + (t.ns - first.ns);

const contractFlags = (p: TcpPacket): ContractFlag[] => {
  const flags: ContractFlag[] = [];
  if (p.flags.syn) flags.push("SYN");
  if (p.flags.ack) flags.push("ACK");
  if (p.flags.fin) flags.push("FIN");
  if (p.flags.rst) flags.push("RST");
  return flags;
};
const engineFlags = (flags: ContractFlag[]) => [...flags].sort() as ("ACK" | "FIN" | "RST" | "SYN")[];

interface Pending {
  dueNs: number;
  side: Side;
  kind: "fin-wait-2" | "retransmission";
}

class Observer {
  readonly replay: Replay;
  /** When each side entered FIN-WAIT-2. */
  private fw2Since: Partial<Record<Side, number>> = {};
  /** When each unacknowledged segment (by side and sequence number) was first sent. */
  private firstSent = new Map<string, number>();
  private nowNs = 0;
  pendingNotes: SegmentNote[] = [];

  constructor(private readonly profile: CaptureProfile) {
    this.replay = new Replay(profile);
  }

  states(): Record<Role, TcpState> {
    return { client: this.replay.state("A"), server: this.replay.state("B") };
  }

  /** Remembers when timers started: FIN-WAIT-2 entered, segments first sent. */
  private track(): void {
    for (const side of ["A", "B"] as const) {
      const tcb = this.replay.tcb(side);
      if (tcb.state !== "FIN-WAIT-2") delete this.fw2Since[side];
      else this.fw2Since[side] ??= this.nowNs;
      for (const entry of tcb.retx) {
        const key = `${side}:${entry.seq}:${entry.syn}`;
        if (!this.firstSent.has(key)) this.firstSent.set(key, this.nowNs);
      }
    }
  }

  private nextTimer(): Pending | null {
    let best: Pending | null = null;
    const consider = (p: Pending) => {
      if (!best || p.dueNs < best.dueNs) best = p;
    };
    for (const side of ["A", "B"] as const) {
      const tcb = this.replay.tcb(side);
      const since = this.fw2Since[side];
      if (this.profile.finWait2Timeout !== null && since !== undefined)
        consider({ dueNs: since + this.profile.finWait2Timeout * 1e9, side, kind: "fin-wait-2" });
      for (const entry of tcb.retx) {
        const retries = entry.syn ? (tcb.state === "SYN-SENT" ? this.profile.synRetries : this.profile.synAckRetries) : this.profile.dataRetries;
        const sent = this.firstSent.get(`${side}:${entry.seq}:${entry.syn}`);
        if (retries === null || sent === undefined) continue;
        consider({ dueNs: sent + giveUpAfter(this.profile.rto, retries) * 1e9, side, kind: "retransmission" });
      }
    }
    return best;
  }

  /** Time moves on to `ns`: the engine's TIME-WAIT timers and the observer's give-ups fire on the way. */
  advanceTo(ns: number): void {
    for (;;) {
      const timer = this.nextTimer();
      const until = timer && timer.dueNs <= ns ? timer.dueNs : ns;
      const before = this.states();
      this.replay.waitUntil(until);
      this.nowNs = Math.max(this.nowNs, until);
      const after = this.states();
      for (const role of ["client", "server"] as const) {
        if (before[role] !== after[role]) this.pendingNotes.push({ kind: "timer", side: role, from: before[role], to: after[role], timer: "time-wait" });
      }
      if (!timer || timer.dueNs > ns) break;
      const from = this.replay.state(timer.side);
      const tcb = this.replay.tcb(timer.side);
      const to = timer.kind === "retransmission" && tcb.state === "SYN-RECEIVED" && tcb.passive ? "LISTEN" : "CLOSED";
      this.replay.forget(timer.side, to);
      this.pendingNotes.push({ kind: "timer", side: ROLE[timer.side], from, to, timer: timer.kind });
      this.track();
    }
  }

  /** The sender's side of a captured segment: the application call or reaction that sent it. */
  sent(x: Side, seg: AnalysedSegment): void {
    const r = this.replay;
    const tcb = r.tcb(x);
    const has = (f: ContractFlag) => seg.flags.includes(f);
    if (has("RST")) {
      // From a synchronized state TCP answers with ACKs, never RSTs: a RST means the sender aborted
      // (or its host lost the connection). From CLOSED, LISTEN or SYN-SENT it answers a bad segment.
      if (tcb.state === "SYN-RECEIVED" && tcb.passive) r.forget(x, "LISTEN");
      else if (SYNCHRONIZED.has(tcb.state) || tcb.state === "SYN-RECEIVED") r.apply({ call: "abort", on: x });
      return;
    }
    if (has("SYN") && !has("ACK")) {
      if (tcb.state === "SYN-SENT" && tcb.iss === seg.seq) return;
      if (tcb.state === "SYN-SENT") r.forget(x, "CLOSED");
      if (r.state(x) === "CLOSED" || r.state(x) === "LISTEN") r.apply({ call: "connect", on: x, isn: seg.seq });
      return;
    }
    if (has("SYN") && has("ACK")) {
      // A SYN,ACK from an endpoint that the engine has not seen receive the SYN (or with another ISN):
      // it was listening and got the SYN that SEG.ACK acknowledges.
      // (A SYN,ACK from a later state, with its own ISN, is a retransmission.)
      const fresh = tcb.state === "CLOSED" || tcb.state === "LISTEN" || (tcb.state === "SYN-RECEIVED" && tcb.iss !== seg.seq);
      if (fresh && seg.ack !== null) {
        if (tcb.state !== "CLOSED") r.forget(x, "CLOSED");
        r.apply({ call: "listen", on: x, isn: seg.seq });
        r.deliver(x, { flags: ["SYN"], seq: seqAdd(seg.ack, -1), ack: 0, len: 0 });
      }
      return;
    }
    if (seg.len > 0) {
      const end = seqAdd(seg.seq, seg.len);
      // New octets beyond SND.NXT (a gap the capture missed counts as sent too).
      const fresh = seqGt(end, tcb.sndNxt) ? seqDiff(end, tcb.sndNxt) : 0;
      if (fresh > 0 && (tcb.state === "ESTABLISHED" || tcb.state === "CLOSE-WAIT")) r.apply({ call: "send", on: x, bytes: fresh });
    }
    if (has("FIN")) {
      const t = r.tcb(x);
      if (t.finSeq === null && (t.state === "ESTABLISHED" || t.state === "CLOSE-WAIT" || t.state === "SYN-RECEIVED")) r.apply({ call: "close", on: x });
    }
  }

  /** What the receiver makes of a segment that reaches it, judged on its state before. */
  receiverNotes(y: Side, seg: AnalysedSegment): SegmentNote[] {
    const tcb = this.replay.tcb(y);
    const has = (f: ContractFlag) => seg.flags.includes(f);
    const space = seqSpace({ syn: has("SYN"), fin: has("FIN"), len: seg.len });
    const inWindow = (seq: number) => seqInWindow(seq, tcb.rcvNxt, seqAdd(tcb.rcvNxt, RCV_WND));
    if (has("RST")) {
      if (tcb.state === "CLOSED" || tcb.state === "LISTEN") return [{ kind: "rst-ignored", reason: "no-connection" }];
      if (tcb.state === "SYN-SENT") {
        const good = seg.ack !== null && seqGt(seg.ack, tcb.iss) && seqLe(seg.ack, tcb.sndNxt);
        return [good ? { kind: "rst-accepted" } : { kind: "rst-ignored", reason: "bad-ack" }];
      }
      if (seg.seq === tcb.rcvNxt) return [{ kind: "rst-accepted" }];
      return [inWindow(seg.seq) ? { kind: "rst-challenged" } : { kind: "rst-ignored", reason: "outside-window" }];
    }
    if (!SYNCHRONIZED.has(tcb.state)) return [];
    // RFC 9293 3.10.7.4: the sequence number is checked first, then (RFC 5961 4.2) a SYN.
    const acceptable = space === 0 ? inWindow(seg.seq) : inWindow(seg.seq) || inWindow(seqAdd(seg.seq, space - 1));
    if (!acceptable) return [{ kind: "unacceptable", reason: seqLe(seqAdd(seg.seq, space), tcb.rcvNxt) ? "old" : "beyond" }];
    return has("SYN") ? [{ kind: "syn-challenged" }] : [];
  }

  /** The segment reaches its receiver: notes on what it makes of it, then the engine's move. */
  arrive(seg: AnalysedSegment, notesOn: SegmentNote[]): void {
    const y = other(SIDE[seg.from]);
    const before = this.replay.tcb(y).state;
    seg.notes.push(...this.receiverNotes(y, seg));
    this.replay.deliver(y, { flags: engineFlags(seg.flags), seq: seg.seq, ack: seg.ack ?? 0, len: seg.len });
    if (before === "SYN-RECEIVED" && this.replay.state(y) === "ESTABLISHED" && seg.len > 0) notesOn.push({ kind: "handshake-by-data" });
  }

  /** `crossing` holds the earlier segments that arrive once this one has been sent. */
  process(seg: AnalysedSegment, seqKnown: boolean, arriveLater: boolean, crossing: AnalysedSegment[]): void {
    const x = SIDE[seg.from];
    this.advanceTo(seg.tNs);
    seg.notes.unshift(...this.pendingNotes);
    this.pendingNotes = [];
    if (!seqKnown) seg.seq = this.replay.tcb(x).sndNxt;
    this.sent(x, seg);
    for (const early of crossing) {
      seg.notes.push({ kind: "arrives", of: early.i });
      this.arrive(early, early.notes);
    }
    if (seg.delivered && !arriveLater) this.arrive(seg, seg.notes);
    this.track();
    seg.after = this.states();
  }
}

/** Where each endpoint stood before the first segment, and the engine brought there. */
function setUp(observer: Observer, segments: AnalysedSegment[]): void {
  const r = observer.replay;
  const byServer = segments.filter((s) => s.from === "server");
  const byClient = segments.filter((s) => s.from === "client");
  const anySyn = segments.some((s) => s.flags.includes("SYN"));
  if (!anySyn && segments.length > 0) {
    // The capture starts in the middle: both ends were ESTABLISHED at the numbers first seen.
    const clientSeq = byClient[0]?.seq ?? byServer.find((s) => s.ack !== null)?.ack ?? 0;
    const serverSeq = byServer[0]?.seq ?? byClient.find((s) => s.ack !== null)?.ack ?? 0;
    r.apply({ call: "listen", on: "B", isn: seqAdd(serverSeq, -1) });
    r.apply({ call: "connect", on: "A", isn: seqAdd(clientSeq, -1) });
    r.deliver("B", { flags: ["SYN"], seq: seqAdd(clientSeq, -1), ack: 0, len: 0 });
    r.deliver("A", { flags: ["ACK", "SYN"], seq: seqAdd(serverSeq, -1), ack: clientSeq, len: 0 });
    r.deliver("B", { flags: ["ACK"], seq: clientSeq, ack: serverSeq, len: 0 });
    return;
  }
  // A server that answers a SYN with SYN,ACK (and never opens itself) was listening.
  const synAck = byServer.find((s) => s.flags.includes("SYN") && s.flags.includes("ACK"));
  const serverOpens = byServer.some((s) => s.flags.includes("SYN") && !s.flags.includes("ACK"));
  if (synAck && !serverOpens) r.apply({ call: "listen", on: "B", isn: synAck.seq });
}

export function observeConnection(raw: RawConnection, profile: CaptureProfile, first: Instant, last: Instant): AnalysedConnection {
  const segments: AnalysedSegment[] = raw.packets.map((p, i) => ({
    i,
    frame: p.frame,
    tNs: relativeNs(p.time, first),
    from: raw.fromClient[i] ? "client" : "server",
    flags: contractFlags(p),
    seq: p.seq,
    ack: p.ack,
    len: p.len,
    delivered: true,
    after: { client: "CLOSED", server: "CLOSED" },
    notes: [],
  }));
  const lossInput: LossInput[] = raw.packets.map((p, i) => ({
    fromClient: raw.fromClient[i]!,
    syn: p.flags.syn,
    fin: p.flags.fin,
    rst: p.flags.rst,
    ack: p.ack,
    seq: p.seq,
    len: p.len,
    tNs: segments[i]!.tNs,
  }));
  const losses = findLosses(lossInput);
  segments.forEach((s, i) => {
    s.delivered = losses.delivered[i]!;
    s.notes.push(...losses.notes[i]!);
  });
  const observer = new Observer(profile);
  setUp(observer, segments);
  const before = observer.states();
  const crossings = findCrossings(lossInput, losses.delivered);
  const arrivingAfter = new Map<number, AnalysedSegment[]>();
  crossings.forEach((j, k) => {
    if (j === null) return;
    segments[k]!.notes.push({ kind: "crossed", with: j });
    arrivingAfter.set(j, [...(arrivingAfter.get(j) ?? []), segments[k]!]);
  });
  raw.packets.forEach((p, i) => observer.process(segments[i]!, p.seqKnown, crossings[i] !== null, arrivingAfter.get(i) ?? []));
  observer.advanceTo(relativeNs(last, first));
  const synFrom = (role: Role) => segments.find((s) => s.from === role && s.flags.includes("SYN"))?.seq ?? null;
  return {
    client: raw.client,
    server: raw.server,
    isn: { client: synFrom("client"), server: synFrom("server") },
    before,
    segments,
    end: observer.states(),
    endNotes: observer.pendingNotes,
  };
}
