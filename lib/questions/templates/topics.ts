import type { Template } from "../template";
import { connectGiveUpTime, synAckLostTime, thirdAckLostState } from "./handshake-loss";
import { keepaliveGiveUpTime, keepaliveProbeSeq } from "./half-open";
import { challengeAckNumbers, rstWindowOutcome } from "./rst-validation";
import { cumulativeAck, telnetEcho } from "./data-phase";
import { finWait2TimeoutAt, lingeringState, timeWaitSynState } from "./lingering";
import { portScanOutcome, socketPairReconnect } from "./ports";
import { isnRfc6528, sequenceLargestTransfer, sequenceWrapTime } from "./sequence-space";
import { listenQueueCount, synCookieAck, synFloodClientFate } from "./syn-flood";
import { timeWaitRstOutcome } from "./time-wait-rst";
import { closeEarlyState } from "./close-early";
import { shutdownVersusLinger } from "./shutdown-linger";
import { mssSegmentCount } from "./mss";

/** The templates of the topics added for issue 11, in teaching order (after the first 31). */
export const TOPIC_TEMPLATES: readonly Template[] = [
  synAckLostTime,
  thirdAckLostState,
  connectGiveUpTime,
  synFloodClientFate,
  synCookieAck,
  listenQueueCount,
  sequenceWrapTime,
  sequenceLargestTransfer,
  isnRfc6528,
  keepaliveGiveUpTime,
  keepaliveProbeSeq,
  rstWindowOutcome,
  challengeAckNumbers,
  lingeringState,
  finWait2TimeoutAt,
  timeWaitSynState,
  socketPairReconnect,
  portScanOutcome,
  cumulativeAck,
  telnetEcho,
  timeWaitRstOutcome,
  closeEarlyState,
  shutdownVersusLinger,
  mssSegmentCount,
];
