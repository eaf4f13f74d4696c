import type { ConceptId } from "../questions/types";
import { halfClose, lingering, teardownNumbers, teardownStates, threeSegmentClose, timeWait } from "./content/close";
import { dataPhase, loss, sequenceSpace, synFlood } from "./content/data";
import { handshakeLoss, handshakeNumbers, handshakeStates, simultaneous, whyThreeFour } from "./content/open";
import { halfOpen, portScan, resets, rstValidation, socketPair } from "./content/resets";
import type { LessonSpec } from "./types";

/** Every concept's lesson; the type makes a concept without one a compile error. */
export const LESSON_SPECS: Readonly<Record<ConceptId, LessonSpec>> = {
  "handshake-states": handshakeStates,
  "handshake-numbers": handshakeNumbers,
  "teardown-states": teardownStates,
  "teardown-numbers": teardownNumbers,
  "half-close": halfClose,
  "time-wait": timeWait,
  "three-segment-close": threeSegmentClose,
  simultaneous,
  resets,
  loss,
  "why-three-four": whyThreeFour,
  "handshake-loss": handshakeLoss,
  "syn-flood": synFlood,
  "sequence-space": sequenceSpace,
  "data-phase": dataPhase,
  "half-open": halfOpen,
  "rst-validation": rstValidation,
  lingering,
  "socket-pair": socketPair,
  "port-scan": portScan,
};
