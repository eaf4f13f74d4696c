import type { Side, TcpState, Trace } from "@/lib/tcp/types";
import { stateName, type Blanks, type StateForm } from "./segment-label";
import { copyCreationSteps, INITIAL_STATES, orderStepEvents } from "./sequence-events";
import { SEQ, type StateMark, type StepSpan, type TimeGap } from "./sequence-geometry";

/**
 * The vertical half of the layout: the height of every step, where each segment leaves and
 * arrives, where states are written and where the clock jumps. A step where nothing was sent,
 * received or changed takes no room; one that only changes a state takes a short row.
 */

export interface EventPoint {
  y: number;
  step: number;
  /** The row, as "step index:row", so a second pass can make it taller. */
  row: string;
}

export interface StackedRows {
  sends: Map<number, EventPoint & { copy: boolean }>;
  receives: Map<number, EventPoint>;
  states: StateMark[];
  gaps: TimeGap[];
  steps: StepSpan[];
  bottom: number;
}

export interface RowOptions {
  blanks: Blanks;
  stateForm?: StateForm;
  stateNames?: Partial<Record<TcpState, string>>;
  /** Extra room above a row, by "step index:row". */
  extra?: ReadonlyMap<string, number>;
}

const SIDES: readonly Side[] = ["A", "B"];

export function stackRows(trace: Trace, { blanks, stateForm = "rfc", stateNames, extra }: RowOptions): StackedRows {
  const byId = new Map(trace.segments.map((s) => [s.id, s]));
  const copies = copyCreationSteps(trace);
  const out: StackedRows = { sends: new Map(), receives: new Map(), states: [], gaps: [], steps: [], bottom: 0 };

  const mark = (side: Side, step: number, state: TcpState, y: number): StateMark => {
    const blank = blanks.state(step, side);
    const x = side === "A" ? SEQ.lineX.A - SEQ.stateGap : SEQ.lineX.B + SEQ.stateGap;
    const text = blank === null ? stateName(state, stateForm, stateNames) : `(${blank})`;
    return { side, step, state, text, blank, x, y, anchor: side === "A" ? "end" : "start" };
  };
  // Saying that a TIME-WAIT ran out would give away a blank whose answer is TIME-WAIT.
  const hidesTimeWait = (side: Side) =>
    blanks.stateSteps().some((b) => b.side === side && trace.steps.find((s) => s.i === b.step)?.states[side] === "TIME-WAIT");

  let y: number = SEQ.lineTop;
  let unfinishedBottom = 0;
  for (const side of SIDES) out.states.push(mark(side, -1, INITIAL_STATES[side], y + SEQ.stateRowHeight / 2));
  y += SEQ.stateRowHeight;

  trace.steps.forEach((step, k) => {
    const before = trace.steps[k - 1] ?? { t: 0, states: INITIAL_STATES };
    const seconds = step.t - before.t;
    if (seconds > 1e-9) {
      // A lost or still-flying segment is drawn a row's height down: keep it out of the time jump.
      y = Math.max(y, unfinishedBottom);
      const expired = SIDES.filter((s) => before.states[s] === "TIME-WAIT" && step.states[s] === "CLOSED" && !hidesTimeWait(s));
      out.gaps.push({ step: step.i, y0: y, y1: y + SEQ.gapHeight, seconds, timeWaitExpired: expired });
      y += SEQ.gapHeight;
    }
    const rows = orderStepEvents(step.sent, step.received, copies.get(k) ?? [], byId);
    const labelled = SIDES.filter((s) => step.states[s] !== before.states[s] || blanks.state(step.i, s) !== null);
    const heights = rows.length > 0 ? rows.map((_, r) => SEQ.rowHeight + (extra?.get(`${k}:${r}`) ?? 0)) : labelled.length > 0 ? [SEQ.stateRowHeight] : [];
    const y0 = y;
    // An event sits at the bottom of its row's extra room, in the middle of the ordinary part.
    const centres = heights.map((h) => {
      y += h;
      return y - SEQ.rowHeight / 2;
    });
    if (rows.length === 0 && heights.length) centres[0] = y0 + SEQ.stateRowHeight / 2;
    rows.forEach((row, r) =>
      row.events.forEach((e) => {
        const point = { y: centres[r]!, step: step.i, row: `${k}:${r}` };
        if (e.kind === "receive") out.receives.set(e.segment.id, point);
        else {
          out.sends.set(e.segment.id, { ...point, copy: e.copy });
          if (e.segment.fate !== "delivered") unfinishedBottom = Math.max(unfinishedBottom, point.y + SEQ.rowHeight + 4);
        }
      }),
    );
    for (const side of labelled) {
      const last = rows.findLastIndex((row) => row.events.some((e) => e.side === side));
      out.states.push(mark(side, step.i, step.states[side], centres[Math.max(last, 0)] ?? y0));
    }
    out.steps.push({ step: step.i, y0, y1: y, rows: heights });
  });
  out.bottom = y;
  return out;
}
