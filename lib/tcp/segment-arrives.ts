import { cancelTimers, note, putTcb, tcbOf, updateTcb, type StepContext } from "./context";
import { acknowledge, advanceSndUna, finAcked, learnPeerMss, resetConnection, sendAck, sendGuarded, sendQueued, setState, startTimeWait } from "./connection";
import { acceptQueueFull, isChild, listenerArrives } from "./listener";
import { emit } from "./network";
import { closedTcb, RCV_WND } from "./sim-state";
import { seqAdd, seqDiff, seqGt, seqInWindow, seqLe, seqLt } from "./seq";
import type { Side, TraceSegment } from "./types";

/** SEGMENT ARRIVES (RFC 9293 section 3.10.7): one function per group of states. */
export function segmentArrives(ctx: StepContext, side: Side, seg: TraceSegment): void {
  switch (tcbOf(ctx, side).state) {
    case "CLOSED":
      if (listenerArrives(ctx, side, seg, (again) => segmentArrives(ctx, side, again))) return;
      return arrivesClosed(ctx, side, seg);
    case "LISTEN":
      return arrivesListen(ctx, side, seg);
    case "SYN-SENT":
      return arrivesSynSent(ctx, side, seg);
    default:
      return arrivesOtherwise(ctx, side, seg);
  }
}

const has = (seg: TraceSegment, flag: TraceSegment["flags"][number]) => seg.flags.includes(flag);
const seqSpace = (seg: TraceSegment) => seg.len + (has(seg, "SYN") ? 1 : 0) + (has(seg, "FIN") ? 1 : 0);

/** 3.10.7.1: no connection. Anything but a RST is answered with a RST that the sender will accept. */
function arrivesClosed(ctx: StepContext, side: Side, seg: TraceSegment): void {
  if (has(seg, "RST")) return;
  if (has(seg, "ACK")) emit(ctx, side, { flags: ["RST"], seq: seg.ack });
  else emit(ctx, side, { flags: ["ACK", "RST"], seq: 0, ack: seqAdd(seg.seq, seqSpace(seg)) });
}

/** 3.10.7.2: LISTEN. */
export function arrivesListen(ctx: StepContext, side: Side, seg: TraceSegment): void {
  // First, an incoming RST is ignored.
  if (has(seg, "RST")) return;
  // Second, any acknowledgment is bad: <SEQ=SEG.ACK><CTL=RST>.
  if (has(seg, "ACK")) {
    emit(ctx, side, { flags: ["RST"], seq: seg.ack });
    return;
  }
  // Third, a SYN: RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SYN-RECEIVED.
  // Data on a SYN is not kept (the format keeps no out-of-order data; the peer sends it again).
  if (has(seg, "SYN")) {
    const iss = tcbOf(ctx, side).openIsn;
    updateTcb(ctx, side, { irs: seg.seq, rcvNxt: seqAdd(seg.seq, 1), iss, sndUna: iss, sndNxt: iss, passive: true });
    learnPeerMss(ctx, side, seg);
    setState(ctx, side, "SYN-RECEIVED", "rcv:SYN");
    sendGuarded(ctx, side, { syn: true });
  }
  // Fourth, anything else is dropped.
}

/** 3.10.7.3: SYN-SENT. */
function arrivesSynSent(ctx: StepContext, side: Side, seg: TraceSegment): void {
  const tcb = tcbOf(ctx, side);
  // First, the ACK bit: SEG.ACK =< ISS or SEG.ACK > SND.NXT acknowledges nothing we sent.
  if (has(seg, "ACK") && (seqLe(seg.ack, tcb.iss) || seqGt(seg.ack, tcb.sndNxt))) {
    if (!has(seg, "RST")) emit(ctx, side, { flags: ["RST"], seq: seg.ack });
    return;
  }
  // Second, the RST bit: accepted only with an acceptable ACK (RFC 5961 section 3.2 for SYN-SENT).
  if (has(seg, "RST")) {
    if (has(seg, "ACK")) resetConnection(ctx, side);
    return;
  }
  // Fourth, the SYN bit.
  if (!has(seg, "SYN")) return;
  updateTcb(ctx, side, { irs: seg.seq, rcvNxt: seqAdd(seg.seq, 1) });
  learnPeerMss(ctx, side, seg);
  if (has(seg, "ACK")) advanceSndUna(ctx, side, seg.ack);
  if (seqGt(tcbOf(ctx, side).sndUna, tcb.iss)) {
    // Our SYN is acknowledged: ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, then queued data.
    setState(ctx, side, "ESTABLISHED", "rcv:SYN-ACK");
    sendAck(ctx, side);
    sendQueued(ctx, side);
  } else {
    // Simultaneous open: SYN-RECEIVED, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>. The SYN,ACK repeats
    // our SYN's sequence number and the SYN's retransmission timer keeps running (the format's rule).
    setState(ctx, side, "SYN-RECEIVED", "rcv:SYN");
    emit(ctx, side, { flags: ["ACK", "SYN"], seq: tcb.iss, ack: tcbOf(ctx, side).rcvNxt });
  }
}

/** 3.10.7.4 first check: is the segment's sequence space inside the receive window? */
function acceptable(rcvNxt: number, seq: number, space: number): boolean {
  const windowEnd = seqAdd(rcvNxt, RCV_WND);
  if (space === 0) return seqInWindow(seq, rcvNxt, windowEnd);
  return seqInWindow(seq, rcvNxt, windowEnd) || seqInWindow(seqAdd(seq, space - 1), rcvNxt, windowEnd);
}

/** 3.10.7.4: SYN-RECEIVED and the synchronized states. */
function arrivesOtherwise(ctx: StepContext, side: Side, seg: TraceSegment): void {
  let tcb = tcbOf(ctx, side);

  // Simultaneous open (RFC 9293 Figure 7): the peer's SYN,ACK repeats the SYN we already hold, so it
  // fails the window test; the format processes it for its ACK alone.
  if (tcb.state === "SYN-RECEIVED" && has(seg, "SYN") && has(seg, "ACK") && !has(seg, "RST") && seg.seq === tcb.irs) {
    processSynReceivedAck(ctx, side, seg.ack);
    return;
  }

  // The timeWaitReopen extension (RFC 9293 3.6.1, RFC 6191 without timestamps): a SYN beyond
  // everything the old connection used reopens it from TIME-WAIT.
  if (tcb.state === "TIME-WAIT" && ctx.sim.config.timeWaitReopen && has(seg, "SYN") && !has(seg, "ACK") && !has(seg, "RST") && seqGt(seg.seq, tcb.rcvNxt)) {
    reopenFromTimeWait(ctx, side, seg);
    return;
  }

  // The timeWaitIgnoresRst extension (RFC 1337, fix F1): TIME-WAIT drops every RST, so that neither
  // an old duplicate's RST nor a forged one can cut it short ("TIME-WAIT assassination"). RFC 9293
  // (3.10.7.4, second) would close it on an acceptable RST.
  if (tcb.state === "TIME-WAIT" && ctx.sim.config.timeWaitIgnoresRst && has(seg, "RST")) return;

  // First, the sequence number. An unacceptable segment gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>,
  // unless it is a RST (then it is dropped: RFC 5961 section 3.2, a RST outside the window).
  if (!acceptable(tcb.rcvNxt, seg.seq, seqSpace(seg))) {
    if (has(seg, "RST")) return;
    // TIME-WAIT: the only thing that can arrive is a retransmission of the remote FIN. Acknowledge
    // it and restart the 2 MSL timeout (3.10.7.4, eighth).
    if (tcb.state === "TIME-WAIT" && has(seg, "FIN") && seqAdd(seg.seq, seqSpace(seg)) === tcb.rcvNxt) startTimeWait(ctx, side);
    sendAck(ctx, side);
    return;
  }

  // Second, the RST bit (RFC 5961 section 3.2): exactly at RCV.NXT it resets, elsewhere in the
  // window it gets a challenge ACK.
  if (has(seg, "RST")) {
    if (seg.seq === tcb.rcvNxt) resetConnection(ctx, side);
    else sendAck(ctx, side);
    return;
  }

  // Trim what was received already: the rest of the segment starts at RCV.NXT (3.10.7.4, first).
  let { seq, len } = seg;
  let syn = has(seg, "SYN");
  const fin = has(seg, "FIN");
  if (seqLt(seq, tcb.rcvNxt)) {
    let skip = seqDiff(tcb.rcvNxt, seq);
    if (syn) {
      syn = false;
      skip -= 1;
    }
    const dataSkip = Math.min(skip, len);
    len -= dataSkip;
    seq = tcb.rcvNxt;
  }

  // Fourth, the SYN bit. In a passive SYN-RECEIVED a new SYN sends the connection back to LISTEN;
  // in a synchronized state any SYN gets the challenge ACK (RFC 5961 section 4.2).
  if (syn) {
    if (tcb.state === "SYN-RECEIVED" && tcb.passive) setState(ctx, side, "LISTEN", "rcv:SYN");
    else sendAck(ctx, side);
    return;
  }

  // Segments are not kept out of order: data or a FIN beyond a gap is answered with an ACK at once.
  if (seq !== tcb.rcvNxt && (len > 0 || fin)) {
    sendAck(ctx, side);
    return;
  }

  // Fifth, the ACK field. Without it the segment is dropped.
  if (!has(seg, "ACK")) return;
  if (tcb.state === "SYN-RECEIVED") {
    if (!processSynReceivedAck(ctx, side, seg.ack)) return;
    tcb = tcbOf(ctx, side);
  } else if (!processAck(ctx, side, seg.ack, fin)) {
    return;
  }
  tcb = tcbOf(ctx, side);

  // Seventh, the segment text: accepted in ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2; after a FIN from
  // the peer there cannot be new data, and it is ignored.
  let ackDue: "none" | "may-delay" | "now" = "none";
  if (len > 0 && (tcb.state === "ESTABLISHED" || tcb.state === "FIN-WAIT-1" || tcb.state === "FIN-WAIT-2")) {
    tcb = updateTcb(ctx, side, { rcvNxt: seqAdd(tcb.rcvNxt, len) });
    ackDue = "may-delay";
  }

  // Eighth, the FIN bit.
  if (fin) {
    ackDue = processFin(ctx, side) ? (ackDue === "none" ? "may-delay" : ackDue) : "now";
  }
  if (ackDue !== "none") acknowledge(ctx, side, ackDue === "may-delay");
}

/**
 * A new SYN accepted in TIME-WAIT: the new ISS is larger than any sequence number the old
 * connection used (Linux's choice: the old SND.NXT + 65537), and the connection goes on as a
 * passive open in SYN-RECEIVED.
 */
function reopenFromTimeWait(ctx: StepContext, side: Side, seg: TraceSegment): void {
  const iss = seqAdd(tcbOf(ctx, side).sndNxt, RCV_WND + 2);
  cancelTimers(ctx, side);
  putTcb(ctx, side, { ...closedTcb(iss), state: "TIME-WAIT", passive: true });
  arrivesListen(ctx, side, seg);
}

/**
 * SYN-RECEIVED, fifth: SND.UNA < SEG.ACK =< SND.NXT completes the handshake; any other ACK gets
 * <SEQ=SEG.ACK><CTL=RST>. Returns whether processing goes on.
 */
function processSynReceivedAck(ctx: StepContext, side: Side, ack: number): boolean {
  const tcb = tcbOf(ctx, side);
  // The listener extension: with its accept queue full, the completing ACK is ignored (as Linux does).
  if (isChild(ctx, side, tcb) && acceptQueueFull(ctx)) return false;
  if (!(seqLt(tcb.sndUna, ack) && seqLe(ack, tcb.sndNxt))) {
    emit(ctx, side, { flags: ["RST"], seq: ack });
    return false;
  }
  advanceSndUna(ctx, side, ack);
  setState(ctx, side, "ESTABLISHED", "rcv:ACK");
  sendQueued(ctx, side);
  return true;
}

/**
 * Fifth, for ESTABLISHED and later states. Returns whether processing goes on. A FIN that rides on
 * the ACK of our FIN is left to the eighth step, which takes FIN-WAIT-1 straight to TIME-WAIT.
 */
function processAck(ctx: StepContext, side: Side, ack: number, fin: boolean): boolean {
  let tcb = tcbOf(ctx, side);
  if (seqLt(tcb.sndUna, ack) && seqLe(ack, tcb.sndNxt)) {
    advanceSndUna(ctx, side, ack);
    tcb = tcbOf(ctx, side);
  } else if (seqGt(ack, tcb.sndNxt)) {
    // It acknowledges something not yet sent: ACK, drop the segment.
    sendAck(ctx, side);
    return false;
  }
  // SEG.ACK =< SND.UNA is a duplicate and is ignored; the segment's text and FIN are still processed.
  switch (tcb.state) {
    case "FIN-WAIT-1":
      if (finAcked(tcb) && !fin) setState(ctx, side, "FIN-WAIT-2", "rcv:ACK");
      return true;
    case "CLOSING":
      if (finAcked(tcb)) {
        setState(ctx, side, "TIME-WAIT", "rcv:ACK");
        startTimeWait(ctx, side);
      }
      return false;
    case "LAST-ACK":
      if (finAcked(tcb)) setState(ctx, side, "CLOSED", "rcv:ACK");
      return false;
    default:
      return true;
  }
}

/**
 * Eighth: the FIN. RCV.NXT advances over it, the application hears "remote closed", and the state
 * moves on. Returns whether its ACK may be delayed (only for a FIN received in ESTABLISHED).
 */
function processFin(ctx: StepContext, side: Side): boolean {
  const tcb = tcbOf(ctx, side);
  switch (tcb.state) {
    case "ESTABLISHED":
    case "FIN-WAIT-1":
    case "FIN-WAIT-2":
      updateTcb(ctx, side, { rcvNxt: seqAdd(tcb.rcvNxt, 1) });
      note(ctx, side, "remote closed");
      break;
    default:
      break;
  }
  switch (tcb.state) {
    case "ESTABLISHED":
      setState(ctx, side, "CLOSE-WAIT", "rcv:FIN");
      return true;
    case "FIN-WAIT-1":
      // Our FIN acknowledged too (perhaps by this very segment): straight to TIME-WAIT; otherwise CLOSING.
      if (finAcked(tcb)) {
        setState(ctx, side, "TIME-WAIT", "rcv:FIN-ACK");
        startTimeWait(ctx, side);
      } else {
        setState(ctx, side, "CLOSING", "rcv:FIN");
      }
      return false;
    case "FIN-WAIT-2":
      setState(ctx, side, "TIME-WAIT", "rcv:FIN");
      startTimeWait(ctx, side);
      return false;
    case "TIME-WAIT":
      startTimeWait(ctx, side);
      return false;
    default:
      // CLOSE-WAIT, CLOSING, LAST-ACK: the FIN was received already; acknowledge again.
      return false;
  }
}
