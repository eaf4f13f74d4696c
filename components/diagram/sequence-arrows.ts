import type { Fate, TraceSegment } from "@/lib/tcp/types";
import { MONO_CHAR_EM } from "./diagram-style";
import { labelChars, partChars, segmentLabelLines, segmentLabelParts, type Blanks, type LabelPart } from "./segment-label";
import { SEQ, type ArrowGeometry, type LabelLine } from "./sequence-geometry";

/**
 * One segment's arrow: its line from the sender's timeline to the receiver's (or midway to a ✕
 * for a loss, or trailing off dashed while in flight), its arrowhead, and the ways its label can
 * be set. Where the label goes is decided later, with all the arrows in view.
 */

type SizedLine = LabelLine & { width: number };
/** Ways to set a label, in order of preference. */
type LabelOption = { lines: SizedLine[]; fontSize: number };
export type UnplacedArrow = Omit<ArrowGeometry, "label"> & { label: LabelOption[] };

/** Centres a line of parts on 0, a monospace character being `cw` wide. */
function lineOf(parts: LabelPart[], cw: number): SizedLine {
  const width = labelChars(parts) * cw;
  let cursor = -width / 2;
  const offsets = parts.map((p) => {
    const start = cursor;
    cursor += partChars(p) * cw;
    return start;
  });
  return { parts, offsets, width };
}

/** The full line from sender to receiver, even for a segment that never arrives. */
export function nominalLine(a: UnplacedArrow) {
  const x2 = SEQ.lineX[a.segment.to];
  if (a.fate === "delivered") return { x1: a.x1, y1: a.y1, x2, y2: a.head![0]![1] };
  return { x1: a.x1, y1: a.y1, x2, y2: a.y1 + SEQ.rowHeight };
}

export function arrowGeometry(
  segment: TraceSegment,
  sent: { y: number; step: number; copy: boolean },
  received: { y: number; step: number } | null,
  blanks: Blanks,
): UnplacedArrow {
  const x1 = SEQ.lineX[segment.from];
  const xEnd = SEQ.lineX[segment.to];
  const y1 = sent.y;
  // A segment the trace calls delivered but never shows arriving is drawn as still in flight.
  const fate: Fate = segment.fate === "delivered" && !received ? "in-flight" : segment.fate;
  const yEnd = fate === "delivered" ? Math.max(received!.y, y1 + SEQ.rowHeight / 2) : y1 + SEQ.rowHeight;
  const dx = xEnd - x1;
  const dy = yEnd - y1;
  const at = (t: number): [number, number] => [x1 + dx * t, y1 + dy * t];

  let head: [number, number][] | null = null;
  let tail: ArrowGeometry["tail"] = null;
  let cross: ArrowGeometry["cross"] = null;
  let [x2, y2] = at(SEQ.lostAt);
  if (fate === "delivered") {
    const length = Math.hypot(dx, dy);
    const [ux, uy] = [dx / length, dy / length];
    [x2, y2] = [xEnd - ux * SEQ.headLength, yEnd - uy * SEQ.headLength];
    const w = SEQ.headHalfWidth;
    head = [
      [xEnd, yEnd],
      [x2 - uy * w, y2 + ux * w],
      [x2 + uy * w, y2 - ux * w],
    ];
  } else if (fate === "dropped") {
    cross = { x: x2, y: y2 };
  } else {
    const [tx, ty] = at(SEQ.tailEnd);
    tail = { x1: x2, y1: y2, x2: tx, y2: ty };
  }

  const parts = segmentLabelParts(segment, blanks);
  const [flags, fields] = segmentLabelLines(segment, blanks);
  // One line, shrunk a little if need be; a long label (ten-digit numbers) goes on two lines
  // rather than shrink further, and any label may go on two lines where one would cover another.
  const room = Math.abs(dx) - 24;
  const fit = (chars: number) => Math.max(SEQ.minLabelFont, Math.min(SEQ.labelFont, room / (chars * MONO_CHAR_EM)));
  const set = (lines: LabelPart[][], fontSize: number): LabelOption => ({
    lines: lines.map((l) => lineOf(l, fontSize * MONO_CHAR_EM)),
    fontSize,
  });
  const oneLine = set([parts], fit(labelChars(parts)));
  const twoLines = flags.length > 0 ? set([flags, fields], fit(Math.max(labelChars(flags), labelChars(fields)))) : null;
  const cramped = oneLine.fontSize < SEQ.labelFont * 0.85;
  const label = !twoLines ? [oneLine] : cramped ? [twoLines, oneLine] : [oneLine, twoLines];
  return {
    segment,
    sentStep: sent.step,
    receivedStep: fate === "delivered" ? received!.step : null,
    copy: sent.copy,
    fate,
    x1,
    y1,
    x2,
    y2,
    head,
    tail,
    cross,
    label,
  };
}
