import { armTimer, cancelTimers, note, tcbOf, updateTcb, type StepContext } from "./context";
import { setState } from "./connection";
import { emit } from "./network";
import { seqAdd } from "./seq";
import type { Side } from "./types";

/**
 * Keep-alive (scenario field `keepAlive`; RFC 9293 section 3.8.4, RFC 1122 section 4.2.3.6): after
 * `idle` seconds with nothing received, an idle connection sends a probe <SEQ=SND.NXT-1>
 * <ACK=RCV.NXT><CTL=ACK> with no data. A live peer finds it outside its window and answers with an
 * ACK (3.10.7.4, first); a peer that forgot the connection answers with a RST, which lands exactly
 * at RCV.NXT and resets it. After `probes` unanswered probes sent `interval` apart the connection
 * is given up.
 */

const probing = (state: string) => state === "ESTABLISHED" || state === "CLOSE-WAIT";

/** Anything arriving on a connection restarts its idle time and forgets the unanswered probes. */
export function keepAliveHeard(ctx: StepContext, side: Side): void {
  const config = ctx.sim.config.keepAlive[side];
  if (!config || !probing(tcbOf(ctx, side).state)) return;
  cancelTimers(ctx, side, (t) => t.kind === "keep-alive");
  updateTcb(ctx, side, { probes: 0 });
  armTimer(ctx, side, "keep-alive", config.idle);
}

/** The keep-alive timer expires (ctx.port is the timer's connection). */
export function keepAliveExpires(ctx: StepContext, side: Side): void {
  const config = ctx.sim.config.keepAlive[side];
  const tcb = tcbOf(ctx, side);
  if (!config || !probing(tcb.state)) return;
  if (tcb.probes >= config.probes) {
    note(ctx, side, "connection timed out");
    setState(ctx, side, "CLOSED", "timeout:keep-alive");
    return;
  }
  // Data in flight has its own retransmission timer, which finds a dead peer: no probe then.
  if (tcb.retx.length > 0) {
    armTimer(ctx, side, "keep-alive", config.idle);
    return;
  }
  emit(ctx, side, { flags: ["ACK"], seq: seqAdd(tcb.sndNxt, -1), ack: tcb.rcvNxt });
  updateTcb(ctx, side, { probes: tcb.probes + 1 });
  armTimer(ctx, side, "keep-alive", config.interval);
}
