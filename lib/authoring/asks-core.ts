/**
 * What every ask builder shares: the variant's context, the failure a builder throws when the ask
 * does not fit the variant's run, and reading a step or segment that must exist.
 */
import type { DetailedRun, Scenario, TraceSegment } from "../tcp";
import type { Rng } from "../questions/random";
import type { Distractor, Localized } from "../questions/types";
import type { Mistake } from "./mistakes";
import type { Ask } from "./spec";

export const L = (en: string, zh: string): Localized => ({ en, zh });
export const secs = (x: number) => String(Math.round(x * 1000) / 1000);

export class VariantError extends Error {
  constructor(
    readonly detail: Localized,
    /** The step (0-based) the failure is at, when there is one. */
    readonly step: number | null = null,
  ) {
    super(detail.en);
    this.name = "VariantError";
  }
}

export interface AskContext {
  scenario: Scenario;
  run: DetailedRun;
  rng: Rng;
  /** The ask with its sides as they play in this variant. */
  ask: Ask;
  prompt: Localized;
}

export const distractorsOf = <T>(list: Mistake<T>[], as: (value: T) => Distractor["response"]): Distractor[] =>
  list.map((m) => ({ response: as(m.value), misconception: m.misconception }));

export function segmentIn(run: DetailedRun, id: number): TraceSegment {
  const s = run.trace.segments[id - 1];
  if (!s)
    throw new VariantError(
      L(
        `Segment ${id} does not exist in this variant (its run has ${run.trace.segments.length} segments).`,
        `本变体中不存在报文段 ${id}（本次运行只有 ${run.trace.segments.length} 个报文段）。`,
      ),
    );
  return s;
}

export function stepIn(run: DetailedRun, step: number): number {
  if (step >= run.trace.steps.length)
    throw new VariantError(
      L(
        `Step ${step + 1} does not exist: the run has ${run.trace.steps.length} steps.`,
        `第 ${step + 1} 步不存在：本次运行只有 ${run.trace.steps.length} 步。`,
      ),
      step,
    );
  return step;
}
