import { note, putTcb, tcbOf, type StepContext } from "./context";
import { learnPeerMss, setState } from "./connection";
import { emit } from "./network";
import { arrivesListen } from "./segment-arrives";
import { closedTcb, type ListenerState, type Sim, type Tcb } from "./sim-state";
import { seqAdd } from "./seq";
import type { Side, TcpState, TraceSegment } from "./types";

/**
 * The listener extension (scenario field `listener`, docs/scenarios.md): a listening socket that
 * stays in LISTEN while each SYN makes a child connection, keyed by the client's port, as stacks
 * do (RFC 9293 3.10.7.2 leaves "a new TCB" to them). Children in SYN-RECEIVED wait in the SYN
 * queue; established children the application has not accepted wait in the accept queue. With
 * the SYN queue full, a SYN is dropped, or answered with a SYN cookie (RFC 4987 section 3.6)
 * when `synCookies` is on: a SYN,ACK whose ISN encodes the connection, so that the listener keeps
 * nothing and rebuilds the connection from the final ACK.
 */

const has = (seg: TraceSegment, flag: TraceSegment["flags"][number]) => seg.flags.includes(flag);

export const listenerOn = (sim: Sim, side: Side): ListenerState | null =>
  sim.listener && sim.listener.side === side && sim.listener.open ? sim.listener : null;

/** A connection the listener made (passive, on the listener's side). */
export const isChild = (ctx: StepContext, side: Side, tcb: Tcb): boolean => ctx.sim.listener?.side === side && tcb.passive;

const without = (queue: readonly (number | null)[], port: number | null) => queue.filter((p) => p !== port);

/** Keeps the two queues in step with a child's state changes. */
export function childLeaves(ctx: StepContext, from: TcpState, to: TcpState): void {
  const listener = ctx.sim.listener;
  if (!listener) return;
  let { synQueue, acceptQueue } = listener;
  if (from === "SYN-RECEIVED") synQueue = without(synQueue, ctx.port);
  if (to === "SYN-RECEIVED") synQueue = [...synQueue, ctx.port];
  if (to === "ESTABLISHED" && (from === "SYN-RECEIVED" || from === "LISTEN")) acceptQueue = [...acceptQueue, ctx.port];
  if (to === "CLOSED" || to === "LISTEN") acceptQueue = without(acceptQueue, ctx.port);
  ctx.sim.listener = { ...listener, synQueue, acceptQueue };
}

/** A child about to complete its handshake finds the accept queue full: Linux ignores the ACK. */
export function acceptQueueFull(ctx: StepContext): boolean {
  const limit = ctx.sim.config.listener?.acceptQueue;
  return limit !== undefined && ctx.sim.listener !== null && ctx.sim.listener.acceptQueue.length >= limit;
}

/** FNV-1a over 32-bit words: the keyed hash of a cookie (any fixed hash does for a simulator). */
function hashWords(words: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const w of words) for (let k = 0; k < 4; k += 1) h = Math.imul(h ^ ((w >>> (8 * k)) & 0xff), 0x01000193) >>> 0;
  return h >>> 0;
}

/** The 64-second slot of the clock a cookie carries, modulo 32 (5 bits). */
export const cookieSlot = (nowUs: number): number => Math.floor(nowUs / 64_000_000) % 32;

/** The MSS index a cookie carries (3 bits): this engine has no MSS option and always encodes 1460 octets. */
export const COOKIE_MSS_INDEX = 3;

/**
 * A SYN cookie (RFC 4987 section 3.6, the layout of Linux): 5 bits of time slot, 3 bits of MSS
 * index, 24 bits of a hash of the client's port and ISN, the slot and the listener's secret.
 */
export function synCookie(secret: number, port: number | null, clientIsn: number, slot: number): number {
  const hash = hashWords([port ?? 0, clientIsn, slot, secret]) & 0xffffff;
  return ((slot << 27) | (COOKIE_MSS_INDEX << 24) | hash) >>> 0;
}

/** Is SEG.ACK - 1 a cookie this listener issued in the current slot or the one before? */
function cookieMatches(ctx: StepContext, listener: ListenerState, seg: TraceSegment): boolean {
  const slot = cookieSlot(ctx.sim.nowUs);
  const iss = seqAdd(seg.ack, -1);
  const clientIsn = seqAdd(seg.seq, -1);
  return [slot, (slot + 31) % 32].some((s) => synCookie(listener.isn, ctx.port, clientIsn, s) === iss);
}

/**
 * A segment for a connection the listener side does not have (3.10.7.2, with a queue). Returns
 * false when there is no open listener, so the caller answers as CLOSED does.
 */
export function listenerArrives(ctx: StepContext, side: Side, seg: TraceSegment, arrive: (seg: TraceSegment) => void): boolean {
  const listener = listenerOn(ctx.sim, side);
  const config = ctx.sim.config.listener;
  if (!listener || !config) return false;
  // First, an incoming RST is ignored.
  if (has(seg, "RST")) return true;
  // Second, an ACK: a valid SYN cookie rebuilds the connection; anything else is answered with a RST.
  if (has(seg, "ACK")) {
    if (config.synCookies && !has(seg, "SYN") && cookieMatches(ctx, listener, seg)) {
      if (acceptQueueFull(ctx)) return true;
      const iss = seqAdd(seg.ack, -1);
      putTcb(ctx, side, { ...closedTcb(iss), state: "LISTEN", passive: true, irs: seqAdd(seg.seq, -1), rcvNxt: seg.seq, sndUna: seg.ack, sndNxt: seg.ack });
      // The cookie's MSS index stands for 1460 octets: what the mss extension then sends with.
      learnPeerMss(ctx, side, { mss: 1460 });
      setState(ctx, side, "ESTABLISHED", "rcv:ACK");
      note(ctx, side, "connection restored from a SYN cookie");
      arrive(seg);
      return true;
    }
    emit(ctx, side, { flags: ["RST"], seq: seg.ack });
    return true;
  }
  // Third, a SYN: a child in SYN-RECEIVED if the SYN queue has room; else a cookie, or nothing.
  if (has(seg, "SYN")) {
    if (listener.synQueue.length < config.synQueue) {
      putTcb(ctx, side, { ...closedTcb(listener.isn), state: "LISTEN", passive: true });
      arrivesListen(ctx, side, seg);
      if (tcbOf(ctx, side).state === "LISTEN") putTcb(ctx, side, closedTcb(ctx.sim.defaultIsn[side]));
    } else if (config.synCookies) {
      const cookie = synCookie(listener.isn, ctx.port, seg.seq, cookieSlot(ctx.sim.nowUs));
      emit(ctx, side, { flags: ["ACK", "SYN"], seq: cookie, ack: seqAdd(seg.seq, 1) });
    }
  }
  // Fourth, anything else is dropped.
  return true;
}
