import { describe, expect, it } from "vitest";
import { axisBox, boxesOverlap, lineBox, placeLabels, type OrientedBox } from "./label-placement";

const rotated = (cx: number, cy: number, degrees: number, hw: number, hh: number): OrientedBox => {
  const a = (degrees * Math.PI) / 180;
  return { cx, cy, ux: Math.cos(a), uy: Math.sin(a), hw, hh };
};

describe("boxesOverlap", () => {
  it("detects axis-aligned overlap and separation", () => {
    expect(boxesOverlap(axisBox(0, 0, 10, 10), axisBox(8, 0, 10, 10))).toBe(true);
    expect(boxesOverlap(axisBox(0, 0, 10, 10), axisBox(11, 0, 10, 10))).toBe(false);
  });

  it("tells apart turned boxes whose bounding boxes overlap but which do not", () => {
    // Two parallel thin boxes at 45°, side by side: their axis-aligned bounds overlap, they do not.
    const a = rotated(0, 0, 45, 50, 2);
    const b = rotated(10, -10, 45, 50, 2);
    expect(boxesOverlap(a, b)).toBe(false);
    expect(boxesOverlap(a, rotated(2, -2, 45, 50, 2))).toBe(true);
  });

  it("sees a line crossing a box", () => {
    expect(boxesOverlap(lineBox(-20, -20, 20, 20), axisBox(0, 0, 4, 4))).toBe(true);
    expect(boxesOverlap(lineBox(-20, 20, -10, 10), axisBox(5, 5, 4, 4))).toBe(false);
  });
});

describe("placeLabels", () => {
  const request = { x1: 0, y1: 0, x2: 200, y2: 50, variants: [{ width: 100, fontSize: 12, lines: 1 }] } as const;

  it("puts a lone label near the middle, above its arrow, turned along it", () => {
    const [label] = placeLabels({ requests: [request] });
    expect(label!.x).toBeGreaterThan(80);
    expect(label!.x).toBeLessThan(130);
    expect(label!.angle).toBeCloseTo((Math.atan2(50, 200) * 180) / Math.PI, 5);
    expect(label!.baselines[0]).toBeLessThan(0);
  });

  it("turns a right-to-left arrow's label so it still reads left to right", () => {
    const [label] = placeLabels({ requests: [{ ...request, x1: 200, x2: 0 }] });
    expect(Math.abs(label!.angle)).toBeLessThan(90);
  });

  it("moves a label off an obstacle", () => {
    const [free] = placeLabels({ requests: [request] });
    const [moved] = placeLabels({ requests: [request], obstacles: [free!.box] });
    expect(boxesOverlap(moved!.box, free!.box)).toBe(false);
  });

  it("stacks a long label on two lines when one line would cover another label", () => {
    const variants = [
      { width: 180, fontSize: 12, lines: 1 },
      { width: 110, fontSize: 12, lines: 2 },
    ] as const;
    const crossing = [
      { x1: 0, y1: 0, x2: 220, y2: 100, variants },
      { x1: 220, y1: 0, x2: 0, y2: 100, variants },
    ];
    const [a, b] = placeLabels({ requests: crossing });
    expect(boxesOverlap(a!.box, b!.box)).toBe(false);
    expect([a!.variant, b!.variant]).toContain(1);
    expect(a!.baselines.length + b!.baselines.length).toBeGreaterThan(2);
  });
});
