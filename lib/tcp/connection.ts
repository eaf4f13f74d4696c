import { armTimer, cancelTimers, note, putTcb, tcbOf, updateTcb, type StepContext, type StepTransition } from "./context";
import { childLeaves, isChild } from "./listener";
import { emit } from "./network";
import { finWait2Timeout as profileFinWait2Timeout, timeWaitDuration } from "./profile";
import { closedTcb, DELAYED_ACK_US, toUs, type RetxEntry, type Tcb } from "./sim-state";
import { seqAdd, seqGe, seqLe } from "./seq";
import type { TransitionEvent } from "./state-graph";
import type { Side, TcpState } from "./types";

/**
 * The one place where an endpoint changes state (smoltcp's `set_state`): it records the edge of
 * the state graph, and on the way to CLOSED or LISTEN forgets the connection and its timers.
 */
export function setState(ctx: StepContext, side: Side, to: TcpState, event: TransitionEvent | "host:crash"): void {
  const tcb = tcbOf(ctx, side);
  if (tcb.state === to) return;
  const transition: StepTransition = { side, from: tcb.state, to, event, afterSegment: ctx.sim.segments.length };
  if (ctx.port !== null) transition.port = ctx.port;
  ctx.transitions.push(transition);
  const child = isChild(ctx, side, tcb);
  if (child) childLeaves(ctx, tcb.state, to);
  if (to === "CLOSED") {
    putTcb(ctx, side, closedTcb(ctx.sim.defaultIsn[side]));
    cancelTimers(ctx, side);
  } else if (to === "LISTEN") {
    // A passive SYN-RECEIVED goes back to listening (3.10.7.4): the half-made connection is forgotten.
    // A listener's child is forgotten the same way; its listening socket never left LISTEN.
    putTcb(ctx, side, child ? closedTcb(ctx.sim.defaultIsn[side]) : { ...closedTcb(tcb.openIsn), state: "LISTEN", passive: true });
    cancelTimers(ctx, side);
  } else {
    updateTcb(ctx, side, { state: to });
    armStateTimers(ctx, side, to);
  }
}

/** The timers of the optional extensions that a state starts: keep-alive, the FIN-WAIT-2 timeout. */
function armStateTimers(ctx: StepContext, side: Side, to: TcpState): void {
  const keepAlive = ctx.sim.config.keepAlive[side];
  if (to === "ESTABLISHED" && keepAlive) armTimer(ctx, side, "keep-alive", keepAlive.idle);
  // The scenario's own FIN-WAIT-2 timeout wins; otherwise a profile may have one (Linux's 60 s).
  const finWait2 = ctx.sim.config.finWait2Timeout ?? profileFinWait2Timeout(ctx.sim.config, toUs(1));
  if (to === "FIN-WAIT-2" && finWait2 !== null) armTimer(ctx, side, "fin-wait-2", finWait2);
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: the acknowledgment of 3.10.7.4 (also the RFC 5961 challenge ACK). */
export function sendAck(ctx: StepContext, side: Side): void {
  const tcb = tcbOf(ctx, side);
  emit(ctx, side, { flags: ["ACK"], seq: tcb.sndNxt, ack: tcb.rcvNxt });
}

/** ACK received data or a FIN now, or within 0.2 s when delayed ACKs are on and the rule allows it. */
export function acknowledge(ctx: StepContext, side: Side, mayDelay: boolean): void {
  if (mayDelay && ctx.sim.config.delayedAck) {
    if (!ctx.sim.timers.some((t) => t.side === side && t.port === ctx.port && t.kind === "delayed-ack")) armTimer(ctx, side, "delayed-ack", DELAYED_ACK_US);
    return;
  }
  sendAck(ctx, side);
}

/** Flags for a segment that occupies sequence space, as first sent or as retransmitted. */
export function flagsFor(tcb: Tcb, entry: Pick<RetxEntry, "syn" | "fin">) {
  if (entry.syn) return tcb.state === "SYN-SENT" ? (["SYN"] as const) : (["ACK", "SYN"] as const);
  return entry.fin ? (["ACK", "FIN"] as const) : (["ACK"] as const);
}

/**
 * Sends a segment that occupies sequence space (SYN, data or FIN) and starts its retransmission
 * timer (RFC 6298 section 5.1; the format keeps one timer per segment).
 */
export function sendGuarded(ctx: StepContext, side: Side, kind: { syn?: boolean; fin?: boolean; len?: number }): void {
  const tcb = tcbOf(ctx, side);
  const entry: RetxEntry = {
    seq: tcb.sndNxt,
    len: kind.len ?? 0,
    syn: kind.syn ?? false,
    fin: kind.fin ?? false,
    timeout: ctx.sim.config.rto[side],
    retries: 0,
  };
  const space = entry.len + (entry.syn ? 1 : 0) + (entry.fin ? 1 : 0);
  emit(ctx, side, { flags: flagsFor(tcb, entry), seq: entry.seq, ack: tcb.rcvNxt, len: entry.len });
  updateTcb(ctx, side, {
    sndNxt: seqAdd(tcb.sndNxt, space),
    finSeq: entry.fin ? entry.seq : tcb.finSeq,
    retx: [...tcb.retx, entry],
  });
  armTimer(ctx, side, "retransmission", entry.timeout, entry.seq);
}

/** RFC 9293 3.7.1: without an MSS option, a sender must assume 536 octets (IPv4). */
export const DEFAULT_MSS = 536;

/** The mss extension: what the peer's SYN announced (536 without the option) is kept for sending. */
export function learnPeerMss(ctx: StepContext, side: Side, seg: { mss?: number }): void {
  if (ctx.sim.config.mss !== null) updateTcb(ctx, side, { peerMss: seg.mss ?? DEFAULT_MSS });
}

/**
 * SEND's data as segments. Without the mss extension, one segment (the format's rule); with it, at
 * most the send MSS each: the smaller of the peer's MSS and the side's own (3.7.1, Eff.snd.MSS).
 */
export function sendData(ctx: StepContext, side: Side, bytes: number): void {
  const config = ctx.sim.config.mss;
  if (config === null) return sendGuarded(ctx, side, { len: bytes });
  const peer = tcbOf(ctx, side).peerMss ?? DEFAULT_MSS;
  const mss = Math.min(peer, config[side] ?? peer);
  for (let left = bytes; left > 0; left -= mss) sendGuarded(ctx, side, { len: Math.min(mss, left) });
}

/** Active OPEN: ISS chosen, <SEQ=ISS><CTL=SYN> sent, SYN-SENT (3.10.1). */
export function sendSyn(ctx: StepContext, side: Side, iss: number, event: TransitionEvent): void {
  updateTcb(ctx, side, { passive: false, openIsn: iss, iss, sndUna: iss, sndNxt: iss });
  setState(ctx, side, "SYN-SENT", event);
  sendGuarded(ctx, side, { syn: true });
}

/** What the application queued before ESTABLISHED goes out as one segment, then a queued CLOSE (3.10.4). */
export function sendQueued(ctx: StepContext, side: Side): void {
  const tcb = tcbOf(ctx, side);
  if (tcb.queuedBytes > 0) {
    updateTcb(ctx, side, { queuedBytes: 0 });
    sendData(ctx, side, tcb.queuedBytes);
  }
  if (tcb.closeQueued) {
    updateTcb(ctx, side, { closeQueued: false });
    sendGuarded(ctx, side, { fin: true });
    setState(ctx, side, "FIN-WAIT-1", "call:close");
  }
}

/**
 * SND.UNA moves up to SEG.ACK; segments now wholly acknowledged leave the retransmission queue
 * and their timers stop (3.10.7.4, fifth; RFC 6298 section 5.2).
 */
export function advanceSndUna(ctx: StepContext, side: Side, ack: number): void {
  const tcb = tcbOf(ctx, side);
  const acked = (e: RetxEntry) => seqLe(seqAdd(e.seq, e.len + (e.syn ? 1 : 0) + (e.fin ? 1 : 0)), ack);
  const done = new Set(tcb.retx.filter(acked).map((e) => e.seq));
  updateTcb(ctx, side, { sndUna: ack, retx: tcb.retx.filter((e) => !acked(e)) });
  if (done.size > 0) cancelTimers(ctx, side, (t) => t.kind === "retransmission" && t.seq !== null && done.has(t.seq));
}

export const finAcked = (tcb: Tcb): boolean => tcb.finSeq !== null && seqGe(tcb.sndUna, seqAdd(tcb.finSeq, 1));

/** TIME-WAIT: all other timers off, the 2*MSL timer (re)started (3.10.7.4, eighth). */
export function startTimeWait(ctx: StepContext, side: Side): void {
  cancelTimers(ctx, side, (t) => t.kind !== "delayed-ack");
  armTimer(ctx, side, "time-wait", timeWaitDuration(ctx.sim.config, toUs(1)));
}

/** A RST that this endpoint accepts ends the connection (3.10.7.3, 3.10.7.4 second). */
export function resetConnection(ctx: StepContext, side: Side): void {
  const tcb = tcbOf(ctx, side);
  switch (tcb.state) {
    case "SYN-SENT":
      note(ctx, side, "connection refused");
      setState(ctx, side, "CLOSED", "rcv:RST");
      return;
    case "SYN-RECEIVED":
      if (tcb.passive) return setState(ctx, side, "LISTEN", "rcv:RST");
      note(ctx, side, "connection refused");
      return setState(ctx, side, "CLOSED", "rcv:RST");
    case "ESTABLISHED":
    case "FIN-WAIT-1":
    case "FIN-WAIT-2":
    case "CLOSE-WAIT":
      note(ctx, side, "connection reset");
      return setState(ctx, side, "CLOSED", "rcv:RST");
    default:
      return setState(ctx, side, "CLOSED", "rcv:RST");
  }
}
