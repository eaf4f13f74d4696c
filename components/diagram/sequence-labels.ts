import type { Side } from "@/lib/tcp/types";
import { fillTemplate } from "./diagram-style";
import { formatFlags, indexBlanks, type HiddenField, type SegmentField } from "./segment-label";
import type { ArrowGeometry, SequenceLayout } from "./sequence-layout";

/**
 * Every word the sequence diagram shows or speaks. Plain strings with `{name}` placeholders (no
 * functions), so a server component can pass a translated set to a client component.
 */
export interface SequenceDiagramLabels {
  sides: Record<Side, string>;
  /** The accessible name, before the summary. */
  diagramName: string;
  summary: string;
  initialState: string;
  stateChange: string;
  segmentSent: string;
  segmentCopy: string;
  delivered: string;
  dropped: string;
  inFlight: string;
  flagsWord: string;
  noFlags: string;
  seqWord: string;
  ackWord: string;
  lenWord: string;
  blank: string;
  /** A hidden value that is not asked for (drawn "?"). */
  hiddenValue: string;
  /** Drawn on the timeline where the clock jumps. */
  timeJump: string;
  timeJumpWords: string;
  timeWaitExpired: string;
  timeWaitExpiredWords: string;
  /** Joints of the spoken text, per language: ", " in English, "，" in Chinese. */
  fieldSeparator: string;
  flagSeparator: string;
  /** Two sentences side by side: "{first} {second}" in English, "{first}{second}" in Chinese. */
  sentenceJoin: string;
  /** The accessible name before the summary: "{name}. {summary}". */
  namedSummary: string;
}

export const DEFAULT_SEQUENCE_LABELS: SequenceDiagramLabels = {
  sides: { A: "A", B: "B" },
  diagramName: "TCP sequence diagram",
  summary:
    "{segments, plural, one {# segment} other {# segments}} between {a} (left) and {b} (right), over {steps, plural, one {# step} other {# steps}}. The list that follows describes them in order.",
  initialState: "At the start, {side} is {state}.",
  stateChange: "After step {step}, {side} is in state {state}.",
  segmentSent: "Step {step}: {from} sends segment {id} to {to}: {fields}.",
  segmentCopy:
    "Step {step}: a segment {id} from {from} to {to} appears on the network (a duplicate or an injected segment, not sent by {from}'s TCP): {fields}.",
  delivered: "{to} receives it at step {step}.",
  dropped: "It is lost.",
  inFlight: "It is still in flight at the end.",
  flagsWord: "{value}",
  noFlags: "no control bits",
  seqWord: "sequence number {value}",
  ackWord: "acknowledgment number {value}",
  lenWord: "{value, plural, one {# byte} other {# bytes}} of data",
  blank: "blank {n}",
  hiddenValue: "a hidden value",
  timeJump: "+{seconds} s",
  timeJumpWords: "{seconds, plural, one {# second passes.} other {# seconds pass.}}",
  timeWaitExpired: "2MSL timer expired",
  timeWaitExpiredWords: "{side}'s TIME-WAIT timer (2 MSL) expires.",
  fieldSeparator: ", ",
  flagSeparator: ", ",
  sentenceJoin: "{first} {second}",
  namedSummary: "{name}. {summary}",
};

export type SequenceLabelsInput = Partial<Omit<SequenceDiagramLabels, "sides">> & { sides?: Partial<Record<Side, string>> };

export const mergeSequenceLabels = (labels: SequenceLabelsInput = {}): SequenceDiagramLabels => ({
  ...DEFAULT_SEQUENCE_LABELS,
  ...labels,
  sides: { ...DEFAULT_SEQUENCE_LABELS.sides, ...labels.sides },
});

/** "240", "0.2", "1.5": seconds without trailing zeros. */
export const formatSeconds = (seconds: number): string => String(Math.round(seconds * 1000) / 1000);

/** A segment's fields in words, with blanks where the question hides them. */
function fieldsInWords(a: ArrowGeometry, labels: SequenceDiagramLabels, blanks: ReturnType<typeof indexBlanks>): string {
  const s = a.segment;
  const value = (field: SegmentField, shown: string) => {
    const n = blanks.segment(s.id, field);
    return n === null ? shown : n === 0 ? labels.hiddenValue : fillTemplate(labels.blank, { n });
  };
  const hidden = (field: SegmentField) => blanks.segment(s.id, field) !== null;
  const words: string[] = [];
  if (s.flags.length > 0 || hidden("flags"))
    words.push(fillTemplate(labels.flagsWord, { value: value("flags", formatFlags(s.flags).replaceAll(",", labels.flagSeparator)) }));
  else words.push(labels.noFlags);
  words.push(fillTemplate(labels.seqWord, { value: value("seq", String(s.seq)) }));
  if (s.flags.includes("ACK") || hidden("ack")) words.push(fillTemplate(labels.ackWord, { value: value("ack", String(s.ack)) }));
  if (s.len > 0 || hidden("len")) words.push(fillTemplate(labels.lenWord, { value: value("len", String(s.len)) }));
  return words.join(labels.fieldSeparator);
}

export interface SequenceDescription {
  summary: string;
  items: string[];
}

/** The text equivalent of the figure: one sentence per segment, state change and time jump, top to bottom. */
export function describeSequence(
  layout: SequenceLayout,
  stepCount: number,
  labels: SequenceDiagramLabels,
  hiddenFields?: readonly HiddenField[],
  numberBlanks = true,
): SequenceDescription {
  const blanks = indexBlanks(hiddenFields, numberBlanks);
  const side = (s: Side) => labels.sides[s];
  const items: { y: number; order: number; text: string }[] = [];

  for (const g of layout.gaps) {
    const expired = g.timeWaitExpired.map((s) => fillTemplate(labels.timeWaitExpiredWords, { side: side(s) }));
    items.push({
      y: g.y0,
      order: 0,
      text: [fillTemplate(labels.timeJumpWords, { seconds: formatSeconds(g.seconds) }), ...expired].reduce((first, second) =>
        fillTemplate(labels.sentenceJoin, { first, second }),
      ),
    });
  }
  for (const a of layout.arrows) {
    const s = a.segment;
    const vars = { step: a.sentStep, id: s.id, from: side(s.from), to: side(s.to), fields: fieldsInWords(a, labels, blanks) };
    const fate =
      a.fate === "delivered"
        ? fillTemplate(labels.delivered, { to: side(s.to), step: a.receivedStep ?? "" })
        : a.fate === "dropped"
          ? labels.dropped
          : labels.inFlight;
    items.push({
      y: a.y1,
      order: 1,
      text: [fillTemplate(a.copy ? labels.segmentCopy : labels.segmentSent, vars), fate].reduce((first, second) =>
        fillTemplate(labels.sentenceJoin, { first, second }),
      ),
    });
  }
  for (const m of layout.states) {
    // Spoken with the RFC name even when the figure shows a short form.
    const state = m.blank === null ? m.state : m.blank === 0 ? labels.hiddenValue : fillTemplate(labels.blank, { n: m.blank });
    const template = m.step < 0 ? labels.initialState : labels.stateChange;
    items.push({ y: m.y, order: 2, text: fillTemplate(template, { step: m.step, side: side(m.side), state }) });
  }
  items.sort((p, q) => p.y - q.y || p.order - q.order);

  const summary = fillTemplate(labels.summary, { segments: layout.arrows.length, a: side("A"), b: side("B"), steps: stepCount });
  return { summary: fillTemplate(labels.namedSummary, { name: labels.diagramName, summary }), items: items.map((i) => i.text) };
}
