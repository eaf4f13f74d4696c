import type { SequenceLabelsInput } from "@/components/diagram/sequence-labels";
import type { StateLabelsInput } from "@/components/diagram/state-labels";
import type { MessageKey } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/translate";

type T = Translator<"simulator">;

/** The sequence diagram's words in the reader's language (the diagram fills the placeholders). */
export function sequenceLabels(t: T): SequenceLabelsInput {
  return {
    diagramName: t("seq_diagramName"),
    summary: t("seq_summary"),
    initialState: t("seq_initialState"),
    stateChange: t("seq_stateChange"),
    segmentSent: t("seq_segmentSent"),
    segmentCopy: t("seq_segmentCopy"),
    delivered: t("seq_delivered"),
    dropped: t("seq_dropped"),
    inFlight: t("seq_inFlight"),
    flagsWord: t("seq_flagsWord"),
    noFlags: t("seq_noFlags"),
    seqWord: t("seq_seqWord"),
    ackWord: t("seq_ackWord"),
    lenWord: t("seq_lenWord"),
    timeJump: t("seq_timeJump"),
    timeJumpWords: t("seq_timeJumpWords"),
    timeWaitExpired: t("seq_timeWaitExpired"),
    timeWaitExpiredWords: t("seq_timeWaitExpiredWords"),
    fieldSeparator: t("seq_fieldSeparator"),
    flagSeparator: t("seq_flagSeparator"),
    sentenceJoin: t("seq_sentenceJoin"),
    namedSummary: t("seq_namedSummary"),
  };
}

/** Each edge of the state diagram (by edgeKey) and the message that labels it. */
export const EDGE_MESSAGES: Record<string, MessageKey<"simulator">> = {
  "CLOSED>LISTEN": "edge_passiveOpen",
  "LISTEN>CLOSED": "edge_close",
  "CLOSED>SYN-SENT": "edge_activeOpen",
  "SYN-SENT>CLOSED": "edge_close",
  "LISTEN>SYN-RECEIVED": "edge_rcvSyn",
  "SYN-RECEIVED>LISTEN": "edge_rcvRst",
  "LISTEN>SYN-SENT": "edge_sendSyn",
  "SYN-SENT>SYN-RECEIVED": "edge_rcvSyn",
  "SYN-RECEIVED>ESTABLISHED": "edge_rcvAckOfSyn",
  "SYN-SENT>ESTABLISHED": "edge_rcvSynAck",
  "SYN-RECEIVED>FIN-WAIT-1": "edge_closeSndFin",
  "ESTABLISHED>FIN-WAIT-1": "edge_closeSndFin",
  "ESTABLISHED>CLOSE-WAIT": "edge_rcvFin",
  "FIN-WAIT-1>FIN-WAIT-2": "edge_rcvAckOfFinTwoLines",
  "FIN-WAIT-1>CLOSING": "edge_rcvFin",
  "FIN-WAIT-1>TIME-WAIT": "edge_rcvFinAck",
  "FIN-WAIT-2>TIME-WAIT": "edge_rcvFin",
  "CLOSE-WAIT>LAST-ACK": "edge_closeSndFin",
  "CLOSING>TIME-WAIT": "edge_rcvAckOfFin",
  "LAST-ACK>CLOSED": "edge_rcvAckOfFin",
  "TIME-WAIT>CLOSED": "edge_timeWait",
};

/** The state diagram's words in the reader's language. */
export function stateLabels(t: T): StateLabelsInput {
  return {
    diagramName: t("state_diagramName"),
    summary: t("state_summary"),
    current: t("state_current"),
    lastTransition: t("state_lastTransition"),
    sentenceJoin: t("state_sentenceJoin"),
    namedSummary: t("state_namedSummary"),
    stub: t("state_stub"),
    stubLegend: t("state_stubLegend"),
    tableCaption: t("state_tableCaption"),
    columnFrom: t("state_columnFrom"),
    columnTo: t("state_columnTo"),
    columnEvent: t("state_columnEvent"),
    edges: Object.fromEntries(Object.entries(EDGE_MESSAGES).map(([edge, key]) => [edge, t(key)])),
  };
}
