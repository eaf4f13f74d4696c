/**
 * What the editor offers to point at, read off the unvaried run: its steps (with what each does
 * and the states after it), its segments, the blanks a diagram can have, and the steps whose
 * segment can be dropped for some students.
 */
import { simulateDetailed, type DetailedRun, type Scenario, type Side, type TcpState } from "../tcp";
import type { BlankField, Localized } from "../questions/types";
import { flagList } from "./asks";
import { eventText } from "./prompts";
import { toggledStep } from "./variant-params";

export interface StepOption {
  index: number;
  event: Localized;
  states: Record<Side, TcpState>;
  error: string | null;
}

export interface SegmentOption {
  id: number;
  from: Side;
  to: Side;
  flags: string;
  seq: number;
  ack: number | null;
  len: number;
  fate: string;
}

export interface RunOptions {
  run: DetailedRun;
  steps: StepOption[];
  segments: SegmentOption[];
  blanks: { field: BlankField; label: Localized }[];
  dropSteps: number[];
}

export function runOptions(scenario: Scenario): RunOptions {
  const run = simulateDetailed(scenario);
  const steps = run.trace.steps.map((s) => ({ index: s.i, event: eventText(run, scenario, s.i), states: s.states, error: s.error }));
  const segments = run.trace.segments.map((s) => ({
    id: s.id,
    from: s.from,
    to: s.to,
    flags: flagList(s.flags),
    seq: s.seq,
    ack: s.flags.includes("ACK") ? s.ack : null,
    len: s.len,
    fate: s.fate,
  }));
  const blanks: RunOptions["blanks"] = [];
  for (const s of run.trace.segments) {
    blanks.push({ field: { segment: s.id, field: "seq" }, label: { en: `Segment ${s.id}: seq`, zh: `报文段 ${s.id}：seq` } });
    if (s.flags.includes("ACK")) blanks.push({ field: { segment: s.id, field: "ack" }, label: { en: `Segment ${s.id}: ack`, zh: `报文段 ${s.id}：ack` } });
    if (s.len > 0) blanks.push({ field: { segment: s.id, field: "len" }, label: { en: `Segment ${s.id}: len`, zh: `报文段 ${s.id}：len` } });
  }
  for (const s of run.trace.steps) {
    for (const side of ["A", "B"] as const) {
      const before = s.i === 0 ? run.states[0]!.tcb[side].state : run.trace.steps[s.i - 1]!.states[side];
      if (before !== s.states[side])
        blanks.push({
          field: { step: s.i, side, field: "state" },
          label: { en: `${side}'s state after step ${s.i + 1}`, zh: `第 ${s.i + 1} 步之后 ${side} 的状态` },
        });
    }
  }
  const dropSteps = scenario.steps.flatMap((step, index) => (toggledStep(step, true) ? [index] : []));
  return { run, steps, segments, blanks, dropSteps };
}
