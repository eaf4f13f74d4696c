import type { TcpState, Trace } from "@/lib/tcp/types";
import { axisBox, lineBox, placeLabels, segmentsCross } from "./label-placement";
import { indexBlanks, type Blanks, type HiddenField, type StateForm } from "./segment-label";
import { arrowGeometry, nominalLine, type UnplacedArrow } from "./sequence-arrows";
import { SEQ, type ArrowGeometry, type SequenceLayout } from "./sequence-geometry";
import { stackRows, type StackedRows } from "./sequence-rows";

export * from "./sequence-geometry";

export interface SequenceLayoutOptions {
  hiddenFields?: readonly HiddenField[];
  /** False: the hidden fields are drawn "?" instead of numbered blanks (they are not asked for). */
  numberBlanks?: boolean;
  stateForm?: StateForm;
  stateNames?: Partial<Record<TcpState, string>>;
}

/**
 * Two arrows that cross within less height than this (a simultaneous open or close) are
 * stretched to it, so that each label fits on its own side of the crossing.
 */
const CROSSING_SPAN = 3 * SEQ.rowHeight;

/** The whole sequence diagram's geometry, from a trace. Pure: no rendering, no measuring of text. */
export function layoutSequence(trace: Trace, options: SequenceLayoutOptions = {}): SequenceLayout {
  const blanks = indexBlanks(options.hiddenFields, options.numberBlanks ?? true);
  const rowOptions = { blanks, stateForm: options.stateForm, stateNames: options.stateNames };
  let rows = stackRows(trace, rowOptions);
  let arrows = buildArrows(trace, rows, blanks);
  const extra = stretchCrossings(arrows, rows);
  if (extra.size > 0) {
    rows = stackRows(trace, { ...rowOptions, extra });
    arrows = buildArrows(trace, rows, blanks);
  }
  const placed = placeArrowLabels(arrows, rows);
  const lowest = Math.max(rows.bottom, ...placed.map((a) => Math.max(a.y2, a.tail?.y2 ?? 0)));
  const lineBottom = lowest + SEQ.bottomPad / 2;
  return {
    width: SEQ.width,
    height: lineBottom + SEQ.bottomPad / 2,
    lineX: SEQ.lineX,
    lineTop: SEQ.lineTop,
    lineBottom,
    nameY: SEQ.nameY,
    arrows: placed,
    states: rows.states,
    gaps: rows.gaps,
    steps: rows.steps,
  };
}

/** One arrow per segment that was sent (or copied onto the network), top to bottom. */
function buildArrows(trace: Trace, rows: StackedRows, blanks: Blanks): UnplacedArrow[] {
  return trace.segments
    .filter((s) => rows.sends.has(s.id))
    .sort((a, b) => rows.sends.get(a.id)!.y - rows.sends.get(b.id)!.y || a.id - b.id)
    .map((segment) => arrowGeometry(segment, rows.sends.get(segment.id)!, rows.receives.get(segment.id) ?? null, blanks));
}

const ends = (a: UnplacedArrow) => {
  const n = nominalLine(a);
  return [n.x1, n.y1, n.x2, n.y2] as const;
};

/** Extra room above the first arrival of each pair of arrows that cross too flat. */
function stretchCrossings(arrows: UnplacedArrow[], rows: StackedRows): Map<string, number> {
  const extra = new Map<string, number>();
  arrows.forEach((a, i) =>
    arrows.slice(i + 1).forEach((b) => {
      if (!segmentsCross(ends(a), ends(b))) return;
      const span = Math.min(ends(a)[3] - a.y1, ends(b)[3] - b.y1);
      const arrivals = [rows.receives.get(a.segment.id), rows.receives.get(b.segment.id)].filter((p) => p !== undefined);
      const first = arrivals.sort((p, q) => p.y - q.y)[0];
      if (span >= CROSSING_SPAN || !first) return;
      extra.set(first.row, Math.max(extra.get(first.row) ?? 0, CROSSING_SPAN - span));
    }),
  );
  return extra;
}

function placeArrowLabels(arrows: UnplacedArrow[], rows: StackedRows): ArrowGeometry[] {
  // Where two arrows cross, a long label on one line runs over the crossing and the other label:
  // try it on two lines first, so each label can keep to its own side of the crossing.
  arrows.forEach((a, k) => {
    const crossed = arrows.some((b, j) => j !== k && segmentsCross(ends(a), ends(b)));
    const [first, second] = a.label;
    const long = first !== undefined && first.lines.length === 1 && first.lines[0]!.width > 0.4 * Math.abs(ends(a)[2] - a.x1);
    if (crossed && second && long) a.label.reverse();
  });
  const strokes = arrows.map((a) => [
    lineBox(a.x1, a.y1, a.head?.[0]?.[0] ?? a.x2, a.head?.[0]?.[1] ?? a.y2),
    ...(a.tail ? [lineBox(a.tail.x1, a.tail.y1, a.tail.x2, a.tail.y2)] : []),
  ]);
  const gapCaptions = rows.gaps.map((g) => axisBox(SEQ.width / 2, (g.y0 + g.y1) / 2, 150, SEQ.gapHeight - 8));
  const lossMarks = arrows.flatMap((a) => (a.cross ? [axisBox(a.cross.x, a.cross.y, 10, 10)] : []));
  const placed = placeLabels({
    requests: arrows.map((a) => ({
      ...nominalLine(a),
      variants: a.label.map((v) => ({ width: Math.max(...v.lines.map((l) => l.width)), fontSize: v.fontSize, lines: v.lines.length === 2 ? 2 : 1 }) as const),
      endMargin: SEQ.headLength + 4,
      gap: a.cross ? 10 : undefined,
    })),
    obstacles: [...gapCaptions, ...lossMarks],
    lines: arrows.map((_, k) => strokes.filter((_, j) => j !== k).flat()),
  });
  return arrows.map((a, k) => {
    const where = placed[k]!;
    const { lines, fontSize } = a.label[where.variant]!;
    return { ...a, label: { lines, fontSize, placed: where } };
  });
}
