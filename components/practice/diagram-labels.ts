import type { SequenceLabelsInput } from "@/components/diagram/sequence-labels";
import type { Translator } from "@/lib/i18n/translate";

/** The sequence diagram's words in the reader's language (placeholders are filled by the diagram). */
export function diagramLabels(t: Translator<"practice">): SequenceLabelsInput {
  return {
    diagramName: t("diagram_diagramName"),
    summary: t("diagram_summary"),
    initialState: t("diagram_initialState"),
    stateChange: t("diagram_stateChange"),
    segmentSent: t("diagram_segmentSent"),
    segmentCopy: t("diagram_segmentCopy"),
    delivered: t("diagram_delivered"),
    dropped: t("diagram_dropped"),
    inFlight: t("diagram_inFlight"),
    flagsWord: t("diagram_flagsWord"),
    noFlags: t("diagram_noFlags"),
    seqWord: t("diagram_seqWord"),
    ackWord: t("diagram_ackWord"),
    lenWord: t("diagram_lenWord"),
    blank: t("diagram_blank"),
    hiddenValue: t("diagram_hiddenValue"),
    timeJump: t("diagram_timeJump"),
    timeJumpWords: t("diagram_timeJumpWords"),
    timeWaitExpired: t("diagram_timeWaitExpired"),
    timeWaitExpiredWords: t("diagram_timeWaitExpiredWords"),
    fieldSeparator: t("diagram_fieldSeparator"),
    flagSeparator: t("diagram_flagSeparator"),
    sentenceJoin: t("diagram_sentenceJoin"),
    namedSummary: t("diagram_namedSummary"),
  };
}

/** The practice messages diagramLabels() reads, for pages that show a diagram without the rest of practice. */
export const DIAGRAM_LABEL_KEYS = [
  "diagram_diagramName",
  "diagram_summary",
  "diagram_initialState",
  "diagram_stateChange",
  "diagram_segmentSent",
  "diagram_segmentCopy",
  "diagram_delivered",
  "diagram_dropped",
  "diagram_inFlight",
  "diagram_flagsWord",
  "diagram_noFlags",
  "diagram_seqWord",
  "diagram_ackWord",
  "diagram_lenWord",
  "diagram_blank",
  "diagram_timeJump",
  "diagram_timeJumpWords",
  "diagram_timeWaitExpired",
  "diagram_timeWaitExpiredWords",
  "diagram_hiddenValue",
  "diagram_fieldSeparator",
  "diagram_flagSeparator",
  "diagram_sentenceJoin",
  "diagram_namedSummary",
] as const;
