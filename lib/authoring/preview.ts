/**
 * What the editor tells the teacher about a spec: problems that block saving (the ask points at a
 * step or segment the run does not have, a placeholder names nothing, the run itself fails), and
 * warnings from a handful of variants (the key is the same for everyone, some variants fail).
 */
import { simulateDetailed } from "../tcp";
import { sameResponse } from "../questions/compare";
import type { Localized } from "../questions/types";
import { buildAsk, VariantError } from "./asks";
import { generateVariant, type VariantResult } from "./generate";
import { checkPlaceholders, mentionsSideLetter } from "./placeholders";
import type { Problem } from "./problems";
import { mulberry32 } from "../questions/random";
import type { QuestionSpec } from "./spec";
import { toggledStep } from "./variant-params";

const L = (en: string, zh: string): Localized => ({ en, zh });

/** Problems of a spec against its own, unvaried run. An empty list: it can be saved. */
export function checkSpec(spec: QuestionSpec): Problem[] {
  const run = simulateDetailed(spec.scenario);
  const broken = run.trace.steps.find((s) => s.error !== null);
  if (broken)
    return [
      { path: "scenario", message: L(`Step ${broken.i + 1} of the scenario fails: ${broken.error}`, `场景的第 ${broken.i + 1} 步失败：${broken.error}`) },
    ];
  const problems: Problem[] = [];
  if (spec.vary.dropStep !== null && !toggledStep(spec.scenario.steps[spec.vary.dropStep], true)) {
    problems.push({
      path: "vary.dropStep",
      message: L(
        `Step ${spec.vary.dropStep + 1} does not deliver or drop one segment: choose such a step to drop for some students.`,
        `第 ${spec.vary.dropStep + 1} 步并不是投递或丢弃某一个报文段：请选择这样的步骤，让部分学生的该报文段丢失。`,
      ),
    });
  }
  try {
    buildAsk({ scenario: spec.scenario, run, rng: mulberry32(1), ask: spec.ask, prompt: L("", "") });
  } catch (error) {
    if (!(error instanceof VariantError)) throw error;
    // A lost-segment ask may rely on the drop that only some variants have: checked on the variants instead.
    if (!(spec.ask.kind === "lost-segment" && spec.vary.dropStep !== null)) problems.push({ path: "ask", message: error.detail });
  }
  problems.push(...checkPlaceholders(spec.prompt, spec.ask, run));
  return problems;
}

export interface Preview {
  problems: Problem[];
  warnings: Localized[];
  variants: VariantResult[];
}

export const PREVIEW_SEEDS = [11, 22, 33, 44, 55, 66];

/** The spec's problems, and when there are none, variants for a handful of made-up students with what they show. */
export function previewSpec(spec: QuestionSpec, seeds: readonly number[] = PREVIEW_SEEDS): Preview {
  const problems = checkSpec(spec);
  if (problems.length > 0) return { problems, warnings: [], variants: [] };
  const variants = seeds.map((seed) => generateVariant(spec, "preview", seed));
  const warnings: Localized[] = [];
  const ok = variants.flatMap((v) => (v.ok ? [v.question] : []));
  const failed = variants.length - ok.length;
  if (failed > 0)
    warnings.push(
      L(
        `${failed} of ${variants.length} variants fail: see each one below for the step and the engine's message.`,
        `${variants.length} 个变体中有 ${failed} 个失败：各变体下方列出了失败的步骤和引擎给出的原因。`,
      ),
    );
  if (ok.length >= 2 && ok.every((q) => sameResponse(q.key, ok[0]!.key))) {
    warnings.push(
      L(
        "The key is the same in every variant: students could share it. Let the ISNs, the sides, the MSL or the RTO vary.",
        "所有变体的答案都相同：学生之间可以互相抄答案。请让初始序列号、双方角色、MSL 或 RTO 随学生变化。",
      ),
    );
  }
  if (spec.vary.swapSides && (mentionsSideLetter(spec.prompt.en) || mentionsSideLetter(spec.prompt.zh))) {
    warnings.push(
      L(
        "The prompt names A or B by letter, but A and B trade parts in half the variants: write {client}, {server} or {side} instead.",
        "题干直接写了 A 或 B，但一半的变体中 A 与 B 互换角色：请改用 {client}、{server} 或 {side}。",
      ),
    );
  }
  return { problems, warnings, variants };
}
