import type { Template } from "../template";
import { handshakeBlanks, handshakeSynAckAck, handshakeThirdSegment } from "./handshake-numbers";
import { handshakeSegmentFlags, handshakeStateAfterStep, handshakeStateOrder } from "./handshake-states";

/** Every template, in teaching order (one family per file). */
export const TEMPLATES: readonly Template[] = [handshakeStateAfterStep, handshakeStateOrder, handshakeSegmentFlags, handshakeSynAckAck, handshakeThirdSegment, handshakeBlanks];
