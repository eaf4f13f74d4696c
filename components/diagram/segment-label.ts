import { formatFlags } from "@/lib/content/flags";
import type { Side, TcpState, TraceSegment } from "@/lib/tcp/types";

/** Fields a question may blank out of a sequence diagram. */
export type SegmentField = "flags" | "seq" | "ack" | "len";
export type HiddenField = { segment: number; field: SegmentField } | { step: number; side: Side; field: "state" };

/**
 * Blank numbers: the n-th entry of `hiddenFields` is blank (n), so a question can name its blanks
 * by position. A repeated entry keeps its first number. Unnumbered (`numbered` false: a question
 * that hides a value which would give its answer away, without asking for it), every blank is 0
 * and is drawn "?".
 */
export interface Blanks {
  segment(id: number, field: SegmentField): number | null;
  state(step: number, side: Side): number | null;
  /** Steps and sides that carry a state blank, so the layout shows a label there even without a change. */
  stateSteps(): { step: number; side: Side }[];
}

export function indexBlanks(hidden: readonly HiddenField[] = [], numbered = true): Blanks {
  const numbers = new Map<string, number>();
  const states: { step: number; side: Side }[] = [];
  hidden.forEach((h, index) => {
    const key = "segment" in h ? `s${h.segment}:${h.field}` : `t${h.step}:${h.side}`;
    if (numbers.has(key)) return;
    numbers.set(key, numbered ? index + 1 : 0);
    if (!("segment" in h)) states.push({ step: h.step, side: h.side });
  });
  return {
    segment: (id, field) => numbers.get(`s${id}:${field}`) ?? null,
    state: (step, side) => numbers.get(`t${step}:${side}`) ?? null,
    stateSteps: () => states,
  };
}

/** The content toolkit's one flag order ("SYN,ACK", "FIN,ACK"), not the trace's alphabetical one. */
export { formatFlags } from "@/lib/content/flags";

/** The common short forms of the state names (RFC 9293 Figure 5 abbreviates the same way). */
const SHORT_STATE: Partial<Record<TcpState, string>> = { "SYN-RECEIVED": "SYN-RCVD", ESTABLISHED: "ESTAB" };
export type StateForm = "rfc" | "short";
export const stateName = (state: TcpState, form: StateForm, names?: Partial<Record<TcpState, string>>): string =>
  names?.[state] ?? (form === "short" ? (SHORT_STATE[state] ?? state) : state);

export const blankText = (n: number): string => (n === 0 ? "?" : `(${n})`);

/** A run of label text, or a blank (its text is then "(n)"). */
export interface LabelPart {
  text: string;
  blank?: number;
}

/**
 * The arrow label: `SYN,ACK seq=5000 ack=1001`, with `len=` only for data and `ack=` only when
 * the ACK bit is set (the trace's ack is then meaningful), unless the field is a blank. Returned
 * as two lines, the control bits and the numbers, so a crowded label can be stacked.
 */
export function segmentLabelLines(segment: TraceSegment, blanks: Blanks): [LabelPart[], LabelPart[]] {
  const value = (field: SegmentField, shown: string): LabelPart => {
    const n = blanks.segment(segment.id, field);
    return n === null ? { text: shown } : { text: blankText(n), blank: n };
  };
  const flags = segment.flags.length > 0 || blanks.segment(segment.id, "flags") !== null ? [value("flags", formatFlags(segment.flags))] : [];
  const fields: LabelPart[] = [{ text: "seq=" }, value("seq", String(segment.seq))];
  if (segment.flags.includes("ACK") || blanks.segment(segment.id, "ack") !== null) fields.push({ text: " ack=" }, value("ack", String(segment.ack)));
  if (segment.len > 0 || blanks.segment(segment.id, "len") !== null) fields.push({ text: " len=" }, value("len", String(segment.len)));
  return [flags, mergeText(fields)];
}

export function segmentLabelParts(segment: TraceSegment, blanks: Blanks): LabelPart[] {
  const [flags, fields] = segmentLabelLines(segment, blanks);
  return mergeText(flags.length > 0 ? [...flags, { text: " " }, ...fields] : fields);
}

/** Joins neighbouring text runs so a label without blanks is one string. */
function mergeText(parts: LabelPart[]): LabelPart[] {
  const out: LabelPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.blank === undefined && part.blank === undefined) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** Width in characters; a blank is drawn as a box one character wider than its "(n)". */
export const partChars = (part: LabelPart): number => part.text.length + (part.blank === undefined ? 0 : 1);
export const labelChars = (parts: readonly LabelPart[]): number => parts.reduce((sum, p) => sum + partChars(p), 0);
