import { tcbOf, updateTcb, type StepContext } from "./context";
import { emit } from "./network";
import { sendData, sendGuarded, sendSyn, setState } from "./connection";
import { abortSegment } from "./profile";
import type { CallStep } from "./scenario";
import type { TcpState } from "./types";

/** The refusals of RFC 9293 section 3.10, in its words. */
export const CALL_ERRORS = {
  doesNotExist: "connection does not exist",
  alreadyExists: "connection already exists",
  closing: "connection closing",
} as const;

/**
 * The listener extension: listen opens a listening socket that stays in LISTEN (its connections
 * are children, listener.ts); close or abort of the default connection while it is CLOSED closes
 * the listening socket. Undefined when the call is an ordinary one.
 */
function listenerCall(ctx: StepContext, step: CallStep, state: TcpState): string | null | undefined {
  const side = step.on;
  const listener = ctx.sim.listener;
  const record = (from: TcpState, to: TcpState, event: "call:listen" | "call:close" | "call:abort") =>
    ctx.transitions.push({ side, from, to, event, afterSegment: ctx.sim.segments.length });
  if (step.call === "listen" && ctx.sim.config.listener && !(listener?.open && listener.side !== side)) {
    if (state !== "CLOSED" || listener?.open) return CALL_ERRORS.alreadyExists;
    const isn = step.isn ?? ctx.sim.defaultIsn[side];
    ctx.sim.listener = { side, open: true, isn, synQueue: [], acceptQueue: [] };
    record("CLOSED", "LISTEN", "call:listen");
    return null;
  }
  if ((step.call === "close" || step.call === "abort") && ctx.port === null && state === "CLOSED" && listener?.open && listener.side === side) {
    ctx.sim.listener = { ...listener, open: false };
    record("LISTEN", "CLOSED", step.call === "close" ? "call:close" : "call:abort");
    return null;
  }
  return undefined;
}

/** OPEN, SEND, CLOSE and ABORT (RFC 9293 sections 3.10.1 to 3.10.5). Returns the refusal, if any. */
export function userCall(ctx: StepContext, step: CallStep): string | null {
  const side = step.on;
  const tcb = tcbOf(ctx, side);
  const state = tcb.state;
  const listenerReply = listenerCall(ctx, step, state);
  if (listenerReply !== undefined) return listenerReply;
  switch (step.call) {
    // 3.10.1 OPEN, passive.
    case "listen": {
      if (state !== "CLOSED") return CALL_ERRORS.alreadyExists;
      const isn = step.isn ?? ctx.sim.defaultIsn[side];
      updateTcb(ctx, side, { openIsn: isn, iss: isn, sndUna: isn, sndNxt: isn, passive: true });
      setState(ctx, side, "LISTEN", "call:listen");
      return null;
    }
    // 3.10.1 OPEN, active; from LISTEN it turns the passive open into an active one.
    case "connect": {
      if (state !== "CLOSED" && state !== "LISTEN") return CALL_ERRORS.alreadyExists;
      sendSyn(ctx, side, step.isn ?? ctx.sim.defaultIsn[side], "call:connect");
      return null;
    }
    // 3.10.2 SEND.
    case "send": {
      const bytes = step.bytes ?? 0;
      switch (state) {
        case "CLOSED":
          return CALL_ERRORS.doesNotExist;
        case "LISTEN":
          // The remote socket is known here, so SEND makes the open active: SYN now, data queued.
          updateTcb(ctx, side, { queuedBytes: bytes });
          sendSyn(ctx, side, tcb.openIsn, "call:send");
          return null;
        case "SYN-SENT":
        case "SYN-RECEIVED":
          if (tcb.closeQueued) return CALL_ERRORS.closing;
          updateTcb(ctx, side, { queuedBytes: tcb.queuedBytes + bytes });
          return null;
        case "ESTABLISHED":
        case "CLOSE-WAIT":
          sendData(ctx, side, bytes);
          return null;
        default:
          return CALL_ERRORS.closing;
      }
    }
    // 3.10.4 CLOSE: "I have no more data to send".
    case "close": {
      switch (state) {
        case "CLOSED":
          return CALL_ERRORS.doesNotExist;
        case "LISTEN":
        case "SYN-SENT":
          setState(ctx, side, "CLOSED", "call:close");
          return null;
        case "SYN-RECEIVED":
          if (tcb.queuedBytes > 0) {
            updateTcb(ctx, side, { closeQueued: true });
            return null;
          }
          sendGuarded(ctx, side, { fin: true });
          setState(ctx, side, "FIN-WAIT-1", "call:close");
          return null;
        case "ESTABLISHED":
          sendGuarded(ctx, side, { fin: true });
          setState(ctx, side, "FIN-WAIT-1", "call:close");
          return null;
        case "CLOSE-WAIT":
          sendGuarded(ctx, side, { fin: true });
          setState(ctx, side, "LAST-ACK", "call:close");
          return null;
        default:
          return CALL_ERRORS.closing;
      }
    }
    // 3.10.5 ABORT.
    case "abort": {
      switch (state) {
        case "CLOSED":
          return CALL_ERRORS.doesNotExist;
        case "SYN-RECEIVED":
        case "ESTABLISHED":
        case "FIN-WAIT-1":
        case "FIN-WAIT-2":
        case "CLOSE-WAIT":
          emit(ctx, side, abortSegment(ctx.sim.config, tcb));
          setState(ctx, side, "CLOSED", "call:abort");
          return null;
        default:
          // LISTEN, SYN-SENT, CLOSING, LAST-ACK, TIME-WAIT: the TCB goes, nothing is sent.
          setState(ctx, side, "CLOSED", "call:abort");
          return null;
      }
    }
  }
}
