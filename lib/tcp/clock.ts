import { armTimer, note, tcbOf, updateTcb, type StepContext } from "./context";
import { flagsFor, sendAck, setState } from "./connection";
import { keepAliveExpires } from "./keep-alive";
import { emit } from "./network";
import { retryLimit } from "./profile";
import type { Timer } from "./sim-state";

/**
 * Timers due at the same instant fire ordered by the step that armed them, then A's before B's,
 * then in the order they were armed (the format's rule).
 */
export const timerOrder = (a: Timer, b: Timer): number =>
  a.dueUs - b.dueUs || a.armedStep - b.armedStep || (a.side === b.side ? 0 : a.side === "A" ? -1 : 1) || a.id - b.id;

/** `{"wait":N}`: the clock moves on to `until`, firing every timer due by then in order. */
export function advanceClock(ctx: StepContext, until: number): void {
  for (;;) {
    let next: Timer | undefined;
    for (const timer of ctx.sim.timers) if (timer.dueUs <= until && (!next || timerOrder(timer, next) < 0)) next = timer;
    if (!next) break;
    const fired = next;
    ctx.sim.timers = ctx.sim.timers.filter((t) => t.id !== fired.id);
    ctx.sim.nowUs = fired.dueUs;
    ctx.port = fired.port;
    fire(ctx, fired);
  }
  ctx.sim.nowUs = until;
  ctx.port = null;
}

/** The earliest pending timer, if any (the simulator's "wait for the next timer"). */
export const nextTimer = (timers: readonly Timer[]): Timer | undefined => [...timers].sort(timerOrder)[0];

function fire(ctx: StepContext, timer: Timer): void {
  const { side } = timer;
  switch (timer.kind) {
    case "time-wait":
      // RFC 9293 section 3.10.8: when the time-wait timeout expires, delete the TCB, enter CLOSED.
      setState(ctx, side, "CLOSED", "timeout:time-wait");
      return;
    case "delayed-ack":
      sendAck(ctx, side);
      return;
    case "fin-wait-2":
      // Linux's tcp_fin_timeout (profile.ts): the half-closed connection is dropped.
      setState(ctx, side, "CLOSED", "timeout:fin-wait-2");
      return;
    case "retransmission":
      retransmit(ctx, timer);
      return;
    case "keep-alive":
      keepAliveExpires(ctx, side);
      return;
    case "fin-wait-2":
      // The finWait2Timeout extension (Linux's tcp_fin_timeout): the closed socket is forgotten.
      if (tcbOf(ctx, side).state === "FIN-WAIT-2") setState(ctx, side, "CLOSED", "timeout:fin-wait-2");
      return;
  }
}

/**
 * RFC 9293 section 3.10.8 and RFC 6298 section 5: the unacknowledged segment goes again, whole,
 * with the current RCV.NXT, and its timeout doubles. After `maxRetries` retransmissions the next
 * expiry gives the connection up.
 */
function retransmit(ctx: StepContext, timer: Timer): void {
  const { side } = timer;
  const tcb = tcbOf(ctx, side);
  const entry = tcb.retx.find((e) => e.seq === timer.seq);
  if (!entry) return;
  if (entry.retries >= retryLimit(ctx.sim.config, tcb, entry)) {
    note(ctx, side, "connection timed out");
    setState(ctx, side, tcb.state === "SYN-RECEIVED" && tcb.passive ? "LISTEN" : "CLOSED", "timeout:retransmission");
    return;
  }
  emit(ctx, side, { flags: flagsFor(tcb, entry), seq: entry.seq, ack: tcb.rcvNxt, len: entry.len });
  const again = { ...entry, retries: entry.retries + 1, timeout: entry.timeout * 2 };
  updateTcb(ctx, side, { retx: tcbOf(ctx, side).retx.map((e) => (e === entry ? again : e)) });
  armTimer(ctx, side, "retransmission", again.timeout, again.seq);
}
