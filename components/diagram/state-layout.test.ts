import { describe, expect, it } from "vitest";
import { edgeKey, TRANSITIONS } from "@/lib/tcp/state-graph";
import { TCP_STATES, type TcpState } from "@/lib/tcp/types";
import { DEFAULT_EDGE_TEXT } from "./state-labels";
import { arrowHead, boxBounds, STATE_EDGES, STATE_VIEW, type Point } from "./state-layout";

/** The edges RFC 9293 Figure 5 draws (its two CLOSED boxes are one state here). */
const FIGURE_5: [TcpState, TcpState][] = [
  ["CLOSED", "LISTEN"],
  ["CLOSED", "SYN-SENT"],
  ["LISTEN", "CLOSED"],
  ["LISTEN", "SYN-RECEIVED"],
  ["LISTEN", "SYN-SENT"],
  ["SYN-RECEIVED", "LISTEN"],
  ["SYN-SENT", "SYN-RECEIVED"],
  ["SYN-SENT", "CLOSED"],
  ["SYN-RECEIVED", "ESTABLISHED"],
  ["SYN-SENT", "ESTABLISHED"],
  ["SYN-RECEIVED", "FIN-WAIT-1"],
  ["ESTABLISHED", "FIN-WAIT-1"],
  ["ESTABLISHED", "CLOSE-WAIT"],
  ["FIN-WAIT-1", "FIN-WAIT-2"],
  ["FIN-WAIT-1", "CLOSING"],
  ["FIN-WAIT-2", "TIME-WAIT"],
  ["CLOSING", "TIME-WAIT"],
  ["CLOSE-WAIT", "LAST-ACK"],
  ["LAST-ACK", "CLOSED"],
  ["TIME-WAIT", "CLOSED"],
];

const onBorder = ([x, y]: Point, state: TcpState) => {
  const [l, t, r, b] = boxBounds(state);
  const inside = x >= l - 0.5 && x <= r + 0.5 && y >= t - 0.5 && y <= b + 0.5;
  const edge = Math.min(Math.abs(x - l), Math.abs(x - r), Math.abs(y - t), Math.abs(y - b)) < 0.5;
  return inside && edge;
};

const strictlyInside = ([x, y]: Point, state: TcpState) => {
  const [l, t, r, b] = boxBounds(state);
  return x > l + 1 && x < r - 1 && y > t + 1 && y < b - 1;
};

describe("the state diagram's layout", () => {
  it("draws every transition of the engine's state graph, each edge once", () => {
    const keys = STATE_EDGES.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to))));
  });

  it("draws every edge of Figure 5 in full, with a label", () => {
    for (const [from, to] of FIGURE_5) {
      const edge = STATE_EDGES.find((e) => e.key === edgeKey(from, to));
      expect(edge?.kind, `${from} -> ${to}`).toBe("main");
      expect(DEFAULT_EDGE_TEXT[edgeKey(from, to)]).toBeTruthy();
    }
  });

  it("starts each edge on its source box and ends a full edge on its target box", () => {
    for (const e of STATE_EDGES) {
      expect(onBorder(e.points[0]!, e.from), `${e.key} start`).toBe(true);
      if (e.kind === "main") expect(onBorder(e.points[e.points.length - 1]!, e.to), `${e.key} end`).toBe(true);
    }
  });

  it("routes no edge through a box it does not join, and keeps it in the view", () => {
    const problems: string[] = [];
    for (const e of STATE_EDGES) {
      for (let k = 1; k < e.points.length; k++) {
        const [x1, y1] = e.points[k - 1]!;
        const [x2, y2] = e.points[k]!;
        for (let t = 0; t <= 1; t += 0.005) {
          const p: Point = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
          if (p[0] < 0 || p[0] > STATE_VIEW.width || p[1] < 0 || p[1] > STATE_VIEW.height) problems.push(`${e.key} leaves the view`);
          for (const s of TCP_STATES) if (s !== e.from && s !== e.to && strictlyInside(p, s)) problems.push(`${e.key} crosses ${s}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("keeps the states' boxes apart and inside the view", () => {
    for (const a of TCP_STATES) {
      const [l, t, r, b] = boxBounds(a);
      expect(l).toBeGreaterThan(0);
      expect(r).toBeLessThan(STATE_VIEW.width);
      expect(t).toBeGreaterThan(0);
      expect(b).toBeLessThan(STATE_VIEW.height);
      for (const other of TCP_STATES.filter((s) => s !== a)) {
        const [l2, t2, r2, b2] = boxBounds(other);
        expect(l < r2 && l2 < r && t < b2 && t2 < b, `${a} overlaps ${other}`).toBe(false);
      }
    }
  });

  it("points each arrowhead along the last piece of its edge", () => {
    const head = arrowHead([
      [0, 0],
      [0, 100],
    ]);
    expect(head[0]).toEqual([0, 100]);
    expect(head[1]![1]).toBeCloseTo(92);
    expect(head[2]![1]).toBeCloseTo(92);
  });
});
