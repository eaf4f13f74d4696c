import type { Template } from "../template";
import { TOPIC_TEMPLATES } from "./topics";
import { whyFourToClose, whyOldDuplicateSyn } from "./why-three-four";
import { lossRetransmissionSeq, lossStateAfterLoss, lossSynBackoff } from "./loss";
import { resetAbort, resetClosedPort, resetClosedPortAck, resetInState } from "./resets";
import { simultaneousCloseOrder, simultaneousCloseState, simultaneousOpenState } from "./simultaneous";
import { threeSegmentCloseCount, threeSegmentCloseFlags } from "./three-segment-close";
import { halfCloseDataAck, halfCloseWhoSends } from "./half-close";
import { timeWaitDuration, timeWaitLastAckLost, timeWaitReconnect, timeWaitWho } from "./time-wait";
import { teardownBlanks, teardownFinAck, teardownSecondFin } from "./teardown-numbers";
import { teardownStateAfterStep, teardownStateOrder } from "./teardown-states";
import { handshakeBlanks, handshakeSynAckAck, handshakeThirdSegment } from "./handshake-numbers";
import { handshakeSegmentFlags, handshakeStateAfterStep, handshakeStateOrder } from "./handshake-states";

/** Every template, in teaching order (one family per file). */
export const TEMPLATES: readonly Template[] = [
  handshakeStateAfterStep,
  handshakeStateOrder,
  handshakeSegmentFlags,
  handshakeSynAckAck,
  handshakeThirdSegment,
  handshakeBlanks,
  teardownStateAfterStep,
  teardownStateOrder,
  teardownFinAck,
  teardownSecondFin,
  teardownBlanks,
  halfCloseWhoSends,
  halfCloseDataAck,
  timeWaitWho,
  timeWaitDuration,
  timeWaitLastAckLost,
  timeWaitReconnect,
  threeSegmentCloseFlags,
  threeSegmentCloseCount,
  simultaneousOpenState,
  simultaneousCloseState,
  simultaneousCloseOrder,
  resetClosedPort,
  resetClosedPortAck,
  resetAbort,
  resetInState,
  lossSynBackoff,
  lossRetransmissionSeq,
  lossStateAfterLoss,
  whyOldDuplicateSyn,
  whyFourToClose,
  ...TOPIC_TEMPLATES,
];
