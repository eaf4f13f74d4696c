import type { Fate, Side, TcpState, Trace, TraceSegment } from "@/lib/tcp/types";
import { MONO_CHAR_EM } from "./diagram-style";
import { axisBox, lineBox, placeLabels, type OrientedBox, type PlacedLabel } from "./label-placement";
import { indexBlanks, labelChars, partChars, segmentLabelLines, segmentLabelParts, stateName, type HiddenField, type LabelPart, type StateForm } from "./segment-label";
import { copyCreationSteps, INITIAL_STATES, orderStepEvents, type EventRow } from "./sequence-events";

/**
 * Coordinates of a sequence (ladder) diagram, computed from a trace without any rendering, so
 * the geometry is tested on its own. Units are SVG user units of a viewBox SEQ.width wide; the
 * sizes are chosen so that the figure scaled to a 360 px phone still shows 11 px text.
 */
export const SEQ = {
  width: 410,
  lineX: { A: 94, B: 316 } as Record<Side, number>,
  nameY: 16,
  lineTop: 28,
  rowHeight: 52,
  stateRowHeight: 26,
  gapHeight: 44,
  bottomPad: 18,
  labelFont: 12.5,
  minLabelFont: 9,
  stateFont: 12,
  stateGap: 6,
  headLength: 8,
  headHalfWidth: 3.5,
  lostAt: 0.5,
  tailEnd: 0.88,
} as const;

/** One line of an arrow label; `offsets` are the x of each part's start, the line being centred on 0. */
export interface LabelLine {
  parts: LabelPart[];
  offsets: number[];
}

export interface ArrowLabel {
  /** One line, or two (control bits over numbers) where one line would cover another label. */
  lines: LabelLine[];
  fontSize: number;
  placed: PlacedLabel;
}

export interface ArrowGeometry {
  segment: TraceSegment;
  /** Step index (`i`) the segment was sent in, or made in for a duplicate or injected copy. */
  sentStep: number;
  receivedStep: number | null;
  /** A duplicate or injected segment: in the trace, but not sent by the endpoint's TCP. */
  copy: boolean;
  fate: Fate;
  x1: number;
  y1: number;
  /** End of the solid line. */
  x2: number;
  y2: number;
  head: [number, number][] | null;
  tail: { x1: number; y1: number; x2: number; y2: number } | null;
  cross: { x: number; y: number } | null;
  label: ArrowLabel;
}

export interface StateMark {
  side: Side;
  /** Step index (`i`), or -1 for the state before the first step. */
  step: number;
  state: TcpState;
  text: string;
  blank: number | null;
  x: number;
  y: number;
  anchor: "start" | "end";
}

export interface TimeGap {
  step: number;
  y0: number;
  y1: number;
  seconds: number;
  /** Endpoints whose TIME-WAIT (2 MSL) ran out during the jump. */
  timeWaitExpired: Side[];
}

export interface StepSpan {
  step: number;
  y0: number;
  y1: number;
  /** Height of each row of events, top to bottom. */
  rows: number[];
}

export interface SequenceLayout {
  width: number;
  height: number;
  lineX: Record<Side, number>;
  lineTop: number;
  lineBottom: number;
  nameY: number;
  arrows: ArrowGeometry[];
  states: StateMark[];
  gaps: TimeGap[];
  steps: StepSpan[];
}

export interface SequenceLayoutOptions {
  hiddenFields?: readonly HiddenField[];
  stateForm?: StateForm;
  stateNames?: Partial<Record<TcpState, string>>;
}

const SIDES: readonly Side[] = ["A", "B"];

export function layoutSequence(trace: Trace, options: SequenceLayoutOptions = {}): SequenceLayout {
  const blanks = indexBlanks(options.hiddenFields);
  const byId = new Map(trace.segments.map((s) => [s.id, s]));
  const copies = copyCreationSteps(trace);
  const sendY = new Map<number, { y: number; step: number; copy: boolean }>();
  const receiveY = new Map<number, { y: number; step: number }>();
  const states: StateMark[] = [];
  const gaps: TimeGap[] = [];
  const steps: StepSpan[] = [];

  const mark = (side: Side, step: number, state: TcpState, y: number): StateMark => {
    const blank = blanks.state(step, side);
    const x = side === "A" ? SEQ.lineX.A - SEQ.stateGap : SEQ.lineX.B + SEQ.stateGap;
    const text = blank === null ? stateName(state, options.stateForm ?? "rfc", options.stateNames) : `(${blank})`;
    return { side, step, state, text, blank, x, y, anchor: side === "A" ? "end" : "start" };
  };

  const hidesTimeWait = (side: Side) =>
    blanks.stateSteps().some((b) => b.side === side && trace.steps.find((st) => st.i === b.step)?.states[side] === "TIME-WAIT");

  let y = SEQ.lineTop;
  for (const side of SIDES) states.push(mark(side, -1, INITIAL_STATES[side], y + SEQ.stateRowHeight / 2));
  y += SEQ.stateRowHeight;

  trace.steps.forEach((step, k) => {
    const before = trace.steps[k - 1] ?? { t: 0, states: INITIAL_STATES };
    const seconds = step.t - before.t;
    if (seconds > 1e-9) {
      // Saying that a TIME-WAIT ran out would give away a blank whose answer is TIME-WAIT.
      const expired = SIDES.filter((s) => before.states[s] === "TIME-WAIT" && step.states[s] === "CLOSED" && !hidesTimeWait(s));
      gaps.push({ step: step.i, y0: y, y1: y + SEQ.gapHeight, seconds, timeWaitExpired: expired });
      y += SEQ.gapHeight;
    }
    const rows: EventRow[] = orderStepEvents(step.sent, step.received, copies.get(k) ?? [], byId);
    const labelled = SIDES.filter(
      (s) => step.states[s] !== before.states[s] || blanks.stateSteps().some((b) => b.step === step.i && b.side === s),
    );
    const heights = rows.length > 0 ? rows.map(() => SEQ.rowHeight) : labelled.length > 0 ? [SEQ.stateRowHeight] : [];
    const y0 = y;
    const centres = heights.map((h) => {
      const centre = y + h / 2;
      y += h;
      return centre;
    });
    rows.forEach((row, r) =>
      row.events.forEach((e) => {
        const at = centres[r]!;
        if (e.kind === "send") sendY.set(e.segment.id, { y: at, step: step.i, copy: e.copy });
        else receiveY.set(e.segment.id, { y: at, step: step.i });
      }),
    );
    for (const side of labelled) {
      const last = rows.findLastIndex((row) => row.events.some((e) => e.side === side));
      states.push(mark(side, step.i, step.states[side], centres[Math.max(last, 0)] ?? y0));
    }
    steps.push({ step: step.i, y0, y1: y, rows: heights });
  });

  const gapBoxes: OrientedBox[] = gaps.map((g) => axisBox(SEQ.width / 2, (g.y0 + g.y1) / 2, 150, SEQ.gapHeight - 8));
  const drawn = trace.segments.filter((s) => sendY.has(s.id)).sort((a, b) => sendY.get(a.id)!.y - sendY.get(b.id)!.y || a.id - b.id);
  const unplaced = drawn.map((segment) => arrowGeometry(segment, sendY.get(segment.id)!, receiveY.get(segment.id) ?? null, blanks));
  const strokes = unplaced.map((a) => [
    lineBox(a.x1, a.y1, a.head?.[0]?.[0] ?? a.x2, a.head?.[0]?.[1] ?? a.y2),
    ...(a.tail ? [lineBox(a.tail.x1, a.tail.y1, a.tail.x2, a.tail.y2)] : []),
  ]);
  const crosses = unplaced.flatMap((a) => (a.cross ? [axisBox(a.cross.x, a.cross.y, 10, 10)] : []));
  const placed = placeLabels({
    requests: unplaced.map((a) => ({
      ...nominalLine(a),
      width: a.label.single.width,
      stackedWidth: a.label.stacked ? Math.max(...a.label.stacked.map((l) => l.width)) : undefined,
      fontSize: a.label.fontSize,
      endMargin: SEQ.headLength + 4,
      gap: a.cross ? 10 : undefined,
    })),
    obstacles: [...gapBoxes, ...crosses],
    lines: unplaced.map((_, k) => strokes.filter((_, j) => j !== k).flat()),
  });
  const arrows: ArrowGeometry[] = unplaced.map((a, k) => {
    const where = placed[k]!;
    const { single, stacked, fontSize } = a.label;
    return { ...a, label: { lines: where.baselines.length === 2 && stacked ? stacked : [single], fontSize, placed: where } };
  });

  const lowest = Math.max(y, ...arrows.map((a) => Math.max(a.y2, a.tail?.y2 ?? 0)));
  const lineBottom = lowest + SEQ.bottomPad / 2;
  return {
    width: SEQ.width,
    height: lineBottom + SEQ.bottomPad / 2,
    lineX: SEQ.lineX,
    lineTop: SEQ.lineTop,
    lineBottom,
    nameY: SEQ.nameY,
    arrows,
    states,
    gaps,
    steps,
  };
}

/** The full line from sender to receiver, even for a segment that never arrives. */
type SizedLine = LabelLine & { width: number };
type UnplacedArrow = Omit<ArrowGeometry, "label"> & { label: { single: SizedLine; stacked: SizedLine[] | null; fontSize: number } };

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

function nominalLine(a: UnplacedArrow) {
  const x2 = SEQ.lineX[a.segment.to];
  if (a.fate === "delivered") return { x1: a.x1, y1: a.y1, x2, y2: a.head![0]![1] };
  return { x1: a.x1, y1: a.y1, x2, y2: a.y1 + SEQ.rowHeight };
}

function arrowGeometry(
  segment: TraceSegment,
  sent: { y: number; step: number; copy: boolean },
  received: { y: number; step: number } | null,
  blanks: ReturnType<typeof indexBlanks>,
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
  const room = Math.abs(dx) - 24;
  const fontSize = Math.max(SEQ.minLabelFont, Math.min(SEQ.labelFont, room / (labelChars(parts) * MONO_CHAR_EM)));
  const cw = fontSize * MONO_CHAR_EM;
  const stacked = flags.length > 0 ? [lineOf(flags, cw), lineOf(fields, cw)] : null;
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
    label: { single: lineOf(parts, cw), stacked, fontSize },
  };
}
