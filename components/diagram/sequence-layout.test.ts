import { describe, expect, it } from "vitest";
import type { Trace, TraceSegment, TraceStep } from "@/lib/tcp/types";
import { lossCloseTrace, openCloseTrace, simultaneousOpenTrace } from "./fixtures";
import { boxesOverlap } from "./label-placement";
import { layoutSequence, SEQ, type ArrowGeometry } from "./sequence-layout";

const arrow = (layout: ReturnType<typeof layoutSequence>, id: number): ArrowGeometry => layout.arrows.find((a) => a.segment.id === id)!;
const labelText = (a: ArrowGeometry) => a.label.lines.map((l) => l.parts.map((p) => p.text).join("")).join(" ");

describe("sequence diagram layout", () => {
  const open = layoutSequence(openCloseTrace);
  const loss = layoutSequence(lossCloseTrace);

  it("draws every delivered segment from the sender's line to the receiver's, going down", () => {
    expect(open.arrows).toHaveLength(openCloseTrace.segments.length);
    for (const a of open.arrows) {
      expect(a.fate).toBe("delivered");
      expect(a.x1).toBe(SEQ.lineX[a.segment.from]);
      const [tipX, tipY] = a.head![0]!;
      expect(tipX).toBe(SEQ.lineX[a.segment.to]);
      expect(tipY).toBeGreaterThan(a.y1);
    }
  });

  it("orders arrows by the step they were sent in, top to bottom", () => {
    for (const layout of [open, loss]) {
      for (let k = 1; k < layout.arrows.length; k++) {
        expect(layout.arrows[k]!.sentStep).toBeGreaterThanOrEqual(layout.arrows[k - 1]!.sentStep);
        expect(layout.arrows[k]!.y1).toBeGreaterThanOrEqual(layout.arrows[k - 1]!.y1);
      }
    }
  });

  it("ends a delivered arrow at the height of the step it was received in", () => {
    // SYN (1) reaches B in step 2, where B becomes SYN-RECEIVED and sends SYN,ACK (2) from that point.
    const syn = arrow(open, 1);
    const synReceived = open.states.find((m) => m.side === "B" && m.step === 2)!;
    expect(syn.receivedStep).toBe(2);
    expect(syn.head![0]![1]).toBe(synReceived.y);
    expect(arrow(open, 2).y1).toBe(synReceived.y);
  });

  it("stops a lost segment midway with a cross, and an in-flight one short of the other line", () => {
    const lost = arrow(loss, 4);
    expect(lost.fate).toBe("dropped");
    expect(lost.head).toBeNull();
    expect(lost.cross).not.toBeNull();
    expect(lost.x2).toBeGreaterThan(SEQ.lineX.A + 20);
    expect(lost.x2).toBeLessThan(SEQ.lineX.B - 20);

    const flying = arrow(loss, 13);
    expect(flying.fate).toBe("in-flight");
    expect(flying.head).toBeNull();
    expect(flying.tail).not.toBeNull();
    // B→A or A→B, the dashed tail stops before the receiver's line.
    expect(Math.abs(flying.tail!.x2 - SEQ.lineX[flying.segment.to])).toBeGreaterThan(10);
    expect(flying.copy).toBe(true);
  });

  it("labels each state where it changes, and only there", () => {
    const expected: string[] = ["A-1CLOSED", "B-1CLOSED"];
    openCloseTrace.steps.forEach((step, k) => {
      const before = openCloseTrace.steps[k - 1]?.states ?? { A: "CLOSED", B: "CLOSED" };
      for (const side of ["A", "B"] as const) if (step.states[side] !== before[side]) expected.push(`${side}${step.i}${step.states[side]}`);
    });
    expect(open.states.map((m) => `${m.side}${m.step}${m.text}`).sort()).toEqual(expected.sort());
  });

  it("places A's state labels left of A's line and B's right of B's", () => {
    for (const m of open.states) {
      if (m.side === "A") expect(m.x).toBeLessThan(SEQ.lineX.A);
      else expect(m.x).toBeGreaterThan(SEQ.lineX.B);
    }
  });

  it("replaces hidden values by blanks, and shows a state blank even where nothing changed", () => {
    const layout = layoutSequence(openCloseTrace, {
      hiddenFields: [
        { segment: 2, field: "ack" },
        { step: 12, side: "A", field: "state" },
        { step: 9, side: "B", field: "state" },
      ],
    });
    expect(labelText(arrow(layout, 2))).toBe("SYN,ACK seq=5000 ack=(1)");
    const timeWait = layout.states.find((m) => m.side === "A" && m.step === 12)!;
    expect(timeWait).toMatchObject({ blank: 2, text: "(2)" });
    // B stays in CLOSE-WAIT through step 9, but the question asks for it.
    expect(layout.states.find((m) => m.side === "B" && m.step === 9)).toMatchObject({ blank: 3, text: "(3)", state: "CLOSE-WAIT" });
    expect(layout.states.map((m) => m.text)).not.toContain("TIME-WAIT");
  });

  it("marks the jump of the clock and the TIME-WAIT that ran out in it", () => {
    expect(open.gaps).toEqual([expect.objectContaining({ step: 14, seconds: 240, timeWaitExpired: ["A"] })]);
    expect(loss.gaps.map((g) => g.seconds)).toEqual([1, 240]);
  });

  it("keeps labels from covering each other, crossing arrows included", () => {
    for (const trace of [openCloseTrace, lossCloseTrace, simultaneousOpenTrace]) {
      const boxes = layoutSequence(trace).arrows.map((a) => a.label.placed.box);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it("stretches arrows that cross in one row, so their labels fit beside the crossing", () => {
    const layout = layoutSequence(simultaneousOpenTrace);
    // Segments 3 and 4, the two SYN,ACKs, leave in the same step and cross.
    const [a, b] = [arrow(layout, 3), arrow(layout, 4)];
    expect(a.y1).toBe(b.y1);
    for (const x of [a, b]) expect(x.head![0]![1] - x.y1).toBeGreaterThanOrEqual(3 * SEQ.rowHeight);
    expect(
      layout.arrows
        .filter((x) => x.label.lines.length === 2)
        .map((x) => x.segment.id)
        .sort(),
    ).toEqual([3, 4]);
  });

  it("keeps a lost segment's arrow clear of the time jump after it", () => {
    const lost = arrow(loss, 4);
    expect(lost.y1 + SEQ.rowHeight).toBeLessThanOrEqual(loss.gaps[0]!.y0);
  });
});

describe("step compression", () => {
  const quiet = (i: number, t: number, states: TraceStep["states"]): TraceStep => ({ i, t, states, sent: [], received: [], error: null, notes: [] });

  it("gives no height to steps where nothing was sent, received or changed", () => {
    const padded: Trace = {
      segments: openCloseTrace.segments,
      steps: openCloseTrace.steps.flatMap((s) => [s, quiet(-1, s.t, s.states)]).map((s, i) => ({ ...s, i })),
    };
    expect(layoutSequence(padded).height).toBe(layoutSequence(openCloseTrace).height);
  });

  it("grows with the number of rows and stays compact for a long trace", () => {
    const segments: TraceSegment[] = [];
    const steps: TraceStep[] = [];
    const established = { A: "ESTABLISHED", B: "ESTABLISHED" } as const;
    for (let k = 0; k < 30; k++) {
      const data = 2 * k + 1;
      segments.push({ id: data, from: "A", to: "B", flags: ["ACK"], seq: 1 + 10 * k, ack: 1, len: 10, fate: "delivered" });
      segments.push({ id: data + 1, from: "B", to: "A", flags: ["ACK"], seq: 1, ack: 11 + 10 * k, len: 0, fate: "delivered" });
      steps.push({ ...quiet(3 * k, 0, established), sent: [data] });
      steps.push({ ...quiet(3 * k + 1, 0, established), sent: [data + 1], received: [data] });
      steps.push({ ...quiet(3 * k + 2, 0, established), received: [data + 1] });
    }
    const layout = layoutSequence({ segments, steps });
    expect(layout.arrows).toHaveLength(60);
    // 90 rows and the header: nothing more.
    expect(layout.height).toBeLessThanOrEqual(SEQ.lineTop + SEQ.stateRowHeight + 90 * SEQ.rowHeight + SEQ.bottomPad + 1);
    expect(layout.steps.every((s) => s.rows.length === 1)).toBe(true);
  });
});
