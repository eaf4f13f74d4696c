/**
 * What one student's variant changes in the teacher's scenario: ISNs drawn for the difficulty,
 * A and B trading parts, MSL and RTO from the teacher's lists, one segment dropped or delivered.
 * Drawn from a seeded generator, so the server regenerates the same variant to grade it.
 */
import type { Rng } from "../questions/random";
import { other, SEQ_SPACE, type Side } from "../tcp";
import type { Scenario, Step } from "../tcp/scenario";
import type { QuestionSpec } from "./spec";

export interface VariantParams {
  isn: Record<Side, number>;
  /** A and B trade parts: every side the spec names is the other one in this variant. */
  swapped: boolean;
  msl: number;
  rto: Scenario["rto"];
  /** The dropStep's segment is dropped (true) or delivered (false); null without a dropStep. */
  dropped: boolean | null;
}

/** ISNs by difficulty, as the built-in templates draw them (lib/questions/params.ts). */
function drawIsn(rng: Rng, difficulty: 1 | 2 | 3): number {
  if (difficulty === 1) return rng.int(1, 99) * 100;
  if (difficulty === 2) return rng.int(10_000, 2 ** 31 - 1);
  return SEQ_SPACE - rng.int(1, 3000);
}

export function drawParams(spec: QuestionSpec, rng: Rng): VariantParams {
  const s = spec.scenario;
  let isn = { ...s.isn };
  if (spec.vary.isns) {
    const A = drawIsn(rng, spec.difficulty);
    let B = drawIsn(rng, spec.difficulty);
    while (B === A) B = drawIsn(rng, spec.difficulty);
    isn = { A, B };
  }
  const swapped = spec.vary.swapSides ? rng.chance(0.5) : false;
  const msl = spec.vary.msl.length ? rng.pick(spec.vary.msl) : s.msl;
  const rto = spec.vary.rto.length ? rng.pick(spec.vary.rto) : s.rto;
  const dropped = spec.vary.dropStep === null ? null : rng.chance(0.5);
  return { isn, swapped, msl, rto, dropped };
}

/** The side a spec names, as it plays in this variant. */
export const sideIn = (params: Pick<VariantParams, "swapped">, side: Side): Side => (params.swapped ? other(side) : side);

function mirrorStep(step: Step): Step {
  if ("call" in step) return { ...step, on: other(step.on) };
  if ("crash" in step) return { ...step, crash: other(step.crash) };
  if ("inject" in step) return { inject: { ...step.inject, to: other(step.inject.to) } };
  return step;
}

/** The step the dropStep becomes: the same segment, dropped or delivered. Null when it names no single segment. */
export function toggledStep(step: Step | undefined, dropped: boolean): Step | null {
  if (!step) return null;
  const id = "deliver" in step ? step.deliver : "drop" in step ? step.drop : null;
  if (typeof id !== "number") return null;
  return dropped ? { drop: id } : { deliver: id };
}

/**
 * An injected segment keeps its place in the sequence spaces when the ISNs move: its seq counts
 * from its sender's ISN, its ack from the receiver's. A scenario made from a capture replays every
 * segment the engine would not have sent by itself as an injection with the capture's numbers.
 */
function shiftInject(step: Extract<Step, { inject: unknown }>, from: Record<Side, number>, to: Record<Side, number>): Step {
  const { inject } = step;
  const sender = other(inject.to);
  const shift = (value: number, side: Side) => (value - from[side] + to[side]) >>> 0;
  return { inject: { ...inject, seq: shift(inject.seq, sender), ack: inject.flags.includes("ACK") ? shift(inject.ack, inject.to) : inject.ack } };
}

/**
 * The scenario of a variant. The ISNs of the spec's OPEN steps give way to the drawn ones when
 * ISNs vary (a crash's new ISN is part of the story and stays), and injected segments move with them.
 */
export function variantScenario(spec: QuestionSpec, params: VariantParams): Scenario {
  const base = spec.scenario;
  let steps = base.steps.map((step, index): Step => {
    if (index === spec.vary.dropStep && params.dropped !== null) return toggledStep(step, params.dropped) ?? step;
    if (spec.vary.isns && "inject" in step) return shiftInject(step, base.isn, params.isn);
    if (spec.vary.isns && "call" in step && step.isn !== undefined) {
      const rest: Step = { ...step };
      delete rest.isn;
      return rest;
    }
    return step;
  });
  let isn = params.isn;
  let rto = params.rto;
  if (params.swapped) {
    steps = steps.map(mirrorStep);
    isn = { A: isn.B, B: isn.A };
    if (typeof rto === "object") rto = { A: rto.B, B: rto.A };
  }
  return { ...base, isn, msl: params.msl, rto, steps };
}
