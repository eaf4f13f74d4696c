import type { Fate, Side, TcpState, TraceSegment } from "@/lib/tcp/types";
import type { PlacedLabel } from "./label-placement";
import type { LabelPart } from "./segment-label";

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
