import { edgeKey } from "@/lib/tcp/state-graph";
import type { TcpState } from "@/lib/tcp/types";

/**
 * RFC 9293 Figure 5 laid out by hand, as data: where each state's box sits and the path of every
 * edge of the engine's state graph (TRANSITIONS). The figure's own edges are drawn in full; the
 * abort, RST and time-out edges that lead back to CLOSED from the synchronized states are short
 * stubs ending in ⊗, as the RFC leaves them to the text. Units are viewBox units.
 */

export const STATE_VIEW = { width: 620, height: 846, boxWidth: 124, boxHeight: 36 } as const;

export const STATE_BOXES: Record<TcpState, { x: number; y: number }> = {
  CLOSED: { x: 310, y: 70 },
  LISTEN: { x: 310, y: 180 },
  "SYN-RECEIVED": { x: 105, y: 300 },
  "SYN-SENT": { x: 515, y: 300 },
  ESTABLISHED: { x: 310, y: 420 },
  "FIN-WAIT-1": { x: 105, y: 540 },
  "CLOSE-WAIT": { x: 515, y: 540 },
  "FIN-WAIT-2": { x: 105, y: 670 },
  CLOSING: { x: 310, y: 670 },
  "LAST-ACK": { x: 515, y: 670 },
  "TIME-WAIT": { x: 310, y: 780 },
};

export type Point = readonly [number, number];

export interface EdgeLayout {
  key: string;
  from: TcpState;
  to: TcpState;
  /** "main": an edge of Figure 5 (or the FIN-WAIT-1 to TIME-WAIT shortcut); "stub": abort/RST/time-out to CLOSED. */
  kind: "main" | "stub";
  points: Point[];
  /** Where the label's first line sits, and how it is anchored. */
  label: { x: number; y: number; anchor: "start" | "middle" | "end" };
  /** Centre of a stub's ⊗. */
  mark?: Point;
}

const edge = (from: TcpState, to: TcpState, points: Point[], x: number, y: number, anchor: EdgeLayout["label"]["anchor"]): EdgeLayout => ({
  key: edgeKey(from, to),
  from,
  to,
  kind: "main",
  points,
  label: { x, y, anchor },
});

/** A stub leaves the box sideways: `dir` -1 to the left, 1 to the right. */
const stub = (from: TcpState, dir: -1 | 1): EdgeLayout => {
  const box = STATE_BOXES[from];
  const x0 = box.x + (dir * STATE_VIEW.boxWidth) / 2;
  return {
    key: edgeKey(from, "CLOSED"),
    from,
    to: "CLOSED",
    kind: "stub",
    points: [
      [x0, box.y],
      [x0 + dir * 14, box.y],
    ],
    label: { x: x0 + dir * 19, y: box.y + 17, anchor: "middle" },
    mark: [x0 + dir * 19, box.y],
  };
};

export const STATE_EDGES: readonly EdgeLayout[] = [
  edge(
    "CLOSED",
    "LISTEN",
    [
      [290, 88],
      [290, 162],
    ],
    284,
    123,
    "end",
  ),
  edge(
    "LISTEN",
    "CLOSED",
    [
      [330, 162],
      [330, 88],
    ],
    336,
    123,
    "start",
  ),
  edge(
    "CLOSED",
    "SYN-SENT",
    [
      [372, 62],
      [535, 62],
      [535, 282],
    ],
    454,
    40,
    "middle",
  ),
  edge(
    "SYN-SENT",
    "CLOSED",
    [
      [495, 282],
      [495, 78],
      [372, 78],
    ],
    489,
    120,
    "end",
  ),
  edge(
    "LISTEN",
    "SYN-RECEIVED",
    [
      [262, 198],
      [160, 282],
    ],
    196,
    216,
    "end",
  ),
  edge(
    "SYN-RECEIVED",
    "LISTEN",
    [
      [80, 282],
      [80, 186],
      [248, 186],
    ],
    160,
    179,
    "middle",
  ),
  edge(
    "LISTEN",
    "SYN-SENT",
    [
      [358, 198],
      [460, 282],
    ],
    424,
    216,
    "start",
  ),
  edge(
    "SYN-SENT",
    "SYN-RECEIVED",
    [
      [453, 306],
      [167, 306],
    ],
    310,
    282,
    "middle",
  ),
  edge(
    "SYN-RECEIVED",
    "ESTABLISHED",
    [
      [145, 318],
      [262, 402],
    ],
    196,
    372,
    "end",
  ),
  edge(
    "SYN-SENT",
    "ESTABLISHED",
    [
      [475, 318],
      [358, 402],
    ],
    424,
    372,
    "start",
  ),
  edge(
    "SYN-RECEIVED",
    "FIN-WAIT-1",
    [
      [80, 318],
      [80, 522],
    ],
    86,
    450,
    "start",
  ),
  edge(
    "ESTABLISHED",
    "FIN-WAIT-1",
    [
      [262, 438],
      [150, 522],
    ],
    222,
    494,
    "start",
  ),
  edge(
    "ESTABLISHED",
    "CLOSE-WAIT",
    [
      [358, 438],
      [470, 522],
    ],
    398,
    494,
    "end",
  ),
  edge(
    "FIN-WAIT-1",
    "FIN-WAIT-2",
    [
      [95, 558],
      [95, 652],
    ],
    89,
    600,
    "end",
  ),
  edge(
    "FIN-WAIT-1",
    "CLOSING",
    [
      [167, 552],
      [262, 652],
    ],
    224,
    584,
    "start",
  ),
  edge(
    "FIN-WAIT-1",
    "TIME-WAIT",
    [
      [135, 558],
      [262, 762],
    ],
    214,
    704,
    "end",
  ),
  edge(
    "FIN-WAIT-2",
    "TIME-WAIT",
    [
      [95, 688],
      [95, 786],
      [248, 786],
    ],
    176,
    758,
    "middle",
  ),
  edge(
    "CLOSE-WAIT",
    "LAST-ACK",
    [
      [515, 558],
      [515, 652],
    ],
    509,
    600,
    "end",
  ),
  edge(
    "CLOSING",
    "TIME-WAIT",
    [
      [310, 688],
      [310, 762],
    ],
    316,
    720,
    "start",
  ),
  edge(
    "LAST-ACK",
    "CLOSED",
    [
      [577, 670],
      [604, 670],
      [604, 14],
      [330, 14],
      [330, 52],
    ],
    598,
    708,
    "end",
  ),
  edge(
    "TIME-WAIT",
    "CLOSED",
    [
      [310, 798],
      [310, 826],
      [16, 826],
      [16, 14],
      [290, 14],
      [290, 52],
    ],
    163,
    820,
    "middle",
  ),
  stub("SYN-RECEIVED", -1),
  stub("ESTABLISHED", 1),
  stub("FIN-WAIT-1", -1),
  stub("FIN-WAIT-2", -1),
  stub("CLOSE-WAIT", 1),
  stub("CLOSING", 1),
];

/** The box of a state as [left, top, right, bottom]. */
export function boxBounds(state: TcpState): [number, number, number, number] {
  const { x, y } = STATE_BOXES[state];
  const w = STATE_VIEW.boxWidth / 2;
  const h = STATE_VIEW.boxHeight / 2;
  return [x - w, y - h, x + w, y + h];
}

/** The path with its last point moved back by `by`, where an arrowhead of that length begins. */
export function shortenEnd(points: readonly Point[], by: number): Point[] {
  const [x2, y2] = points[points.length - 1]!;
  const [x1, y1] = points[points.length - 2]!;
  const d = Math.hypot(x2 - x1, y2 - y1) || 1;
  return [...points.slice(0, -1), [x2 - ((x2 - x1) / d) * by, y2 - ((y2 - y1) / d) * by]];
}

/** The arrowhead at the end of a path, pointing along its last piece. */
export function arrowHead(points: readonly Point[], length = 8, halfWidth = 3.5): Point[] {
  const [x2, y2] = points[points.length - 1]!;
  const [x1, y1] = points[points.length - 2]!;
  const d = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / d, (y2 - y1) / d];
  const [bx, by] = [x2 - ux * length, y2 - uy * length];
  return [
    [x2, y2],
    [bx - uy * halfWidth, by + ux * halfWidth],
    [bx + uy * halfWidth, by - ux * halfWidth],
  ];
}
