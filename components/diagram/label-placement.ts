/**
 * Placing the labels of slanted arrows so that they do not overlap: each label lies along its
 * arrow (rotated to read left to right), and tries a few positions along it, above then below
 * the line, until it clears every label already placed and every obstacle.
 */

/** A rectangle turned by an angle: centre, unit vector along its length, half-length, half-height. */
export interface OrientedBox {
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  hw: number;
  hh: number;
}

/** Separating-axis test for two oriented rectangles. */
export function boxesOverlap(a: OrientedBox, b: OrientedBox): boolean {
  const axes = [
    [a.ux, a.uy],
    [-a.uy, a.ux],
    [b.ux, b.uy],
    [-b.uy, b.ux],
  ] as const;
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const radius = (box: OrientedBox, x: number, y: number) => Math.abs(box.hw * (box.ux * x + box.uy * y)) + Math.abs(box.hh * (-box.uy * x + box.ux * y));
  return axes.every(([x, y]) => Math.abs(dx * x + dy * y) < radius(a, x, y) + radius(b, x, y));
}

export interface LabelRequest {
  /** The arrow, from sender to (nominal) receiver. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /**
   * Ways to set the label, in order of preference: on one line, or on two (then `width` is the
   * longer line's). The next way is tried only where the previous one covers another label.
   */
  variants: readonly LabelVariant[];
  /** Room to leave free at the receiver's end (the arrowhead). */
  endMargin?: number;
  /** Distance between the line and the label (more where a loss mark sits on the line). */
  gap?: number;
}

export interface LabelVariant {
  width: number;
  fontSize: number;
  lines: 1 | 2;
}

export interface PlacedLabel {
  /** Anchor on the arrow; the label is drawn in a frame translated here and rotated by `angle`. */
  x: number;
  y: number;
  angle: number;
  /** Baselines in the rotated frame, one per line of text: negative is above the arrow. */
  baselines: number[];
  /** Index of the variant chosen. */
  variant: number;
  box: OrientedBox;
}

const GAP = 3;
export const LINE_HEIGHT_EM = 1.2;
/**
 * Where along the arrow to try (0 is the sender), and on which side. A little past the middle
 * first: a reply leaves from the point where the segment that caused it arrived, so the sender's
 * end of a label is where the previous arrow crowds it.
 */
const POSITIONS = [0.56, 0.5, 0.62, 0.44, 0.68, 0.38, 0.74, 0.3, 0.8, 0.25, 0.85];
const CANDIDATES: readonly [number, "above" | "below"][] = [
  ...POSITIONS.map((t) => [t, "above"] as [number, "above"]),
  ...POSITIONS.map((t) => [t, "below"] as [number, "below"]),
];

function candidate(req: LabelRequest, variant: number, t: number, side: "above" | "below"): PlacedLabel {
  const { width, fontSize, lines } = req.variants[variant]!;
  let ux = req.x2 - req.x1;
  let uy = req.y2 - req.y1;
  const length = Math.hypot(ux, uy) || 1;
  ux /= length;
  uy /= length;
  // Read left to right whichever way the arrow goes.
  const [rx, ry] = ux < 0 ? [-ux, -uy] : [ux, uy];
  const half = width / 2;
  const lo = (half + fontSize * 0.8) / length;
  const hi = 1 - (half + (req.endMargin ?? fontSize * 0.8)) / length;
  const along = lo <= hi ? Math.min(Math.max(t, lo), hi) : (lo + hi) / 2;
  const x = req.x1 + (req.x2 - req.x1) * along;
  const y = req.y1 + (req.y2 - req.y1) * along;
  const ascent = fontSize * 0.72;
  const step = fontSize * LINE_HEIGHT_EM;
  const block = ascent + (lines - 1) * step;
  const gap = req.gap ?? GAP;
  const first = side === "above" ? -gap - (lines - 1) * step : gap + ascent;
  const baselines = lines === 2 ? [first, first + step] : [first];
  // The normal pointing "up" in the reading frame is (ry, -rx); the box centre is off the line by `mid`.
  const mid = (gap + block / 2) * (side === "above" ? 1 : -1);
  const box = { cx: x + ry * mid, cy: y - rx * mid, ux: rx, uy: ry, hw: half + 1, hh: block / 2 + 1.5 };
  return { x, y, angle: (Math.atan2(ry, rx) * 180) / Math.PI, baselines, box, variant };
}

/** A line drawn in the figure, as a thin box a label should not cover. */
export function lineBox(x1: number, y1: number, x2: number, y2: number, halfWidth = 1.5): OrientedBox {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  return { cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, ux: (x2 - x1) / length, uy: (y2 - y1) / length, hw: length / 2, hh: halfWidth };
}

export interface PlacementInput {
  requests: readonly LabelRequest[];
  /** Things no label may cover, such as captions. */
  obstacles?: readonly OrientedBox[];
  /** lines[k] are the lines label k should avoid (other arrows), at a lower cost than labels. */
  lines?: readonly (readonly OrientedBox[])[];
}

/**
 * Each label takes the first position with the lowest cost: covering another label or an
 * obstacle costs 10, crossing a line 1. A label that cannot avoid another label on one line (two
 * long arrows crossing) is tried on two lines, which leaves room to move it off the crossing.
 * When every position crosses something, the label still goes where it hides the least.
 */
export function placeLabels({ requests, obstacles = [], lines = [] }: PlacementInput): PlacedLabel[] {
  const taken: OrientedBox[] = [...obstacles];
  return requests.map((req, k) => {
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (let v = 0; v < req.variants.length && bestCost >= 10; v++) {
      for (const [t, side] of CANDIDATES) {
        const option = candidate(req, v, t, side);
        // A later variant costs a little: the preferred one wins where both fit.
        const cost =
          10 * taken.filter((box) => boxesOverlap(option.box, box)).length + (lines[k] ?? []).filter((box) => boxesOverlap(option.box, box)).length + v * 0.5;
        if (cost < bestCost) [best, bestCost] = [option, cost];
        if (cost === v * 0.5) break;
      }
    }
    taken.push(best!.box);
    return best!;
  });
}

/** Whether two line segments cross at a point inside both (touching at an end does not count). */
export function segmentsCross(a: readonly [number, number, number, number], b: readonly [number, number, number, number]): boolean {
  const [x1, y1, x2, y2] = a;
  const [x3, y3, x4, y4] = b;
  const d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
  if (Math.abs(d) < 1e-9) return false;
  const t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
  const u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
  const inside = (v: number) => v > 0.02 && v < 0.98;
  return inside(t) && inside(u);
}

/** An axis-aligned obstacle (a time-gap caption, say) as an oriented box. */
export const axisBox = (cx: number, cy: number, width: number, height: number): OrientedBox => ({
  cx,
  cy,
  ux: 1,
  uy: 0,
  hw: width / 2,
  hh: height / 2,
});
