/**
 * One student's variant of an authored question: the spec's scenario with the student's numbers
 * (variant-params.ts), run by the engine, the ask read off the run (asks.ts). The result is a
 * lib/questions `Question`, so it is shown (toPublic), parsed (parseResponse) and graded (grade)
 * exactly as a built-in template's question is. Pure and deterministic in (spec, seed).
 */
import { parseScenario, simulateDetailed } from "../tcp";
import { hashString, mulberry32 } from "../questions/random";
import { keepWrongDistractors } from "../questions/registry";
import type { AnswerKind, Localized, Question } from "../questions/types";
import { askIn, buildAsk, VariantError } from "./asks";
import { fillPlaceholders, placeholdersIn } from "./placeholders";
import { defaultPrompt, placeholderValues } from "./prompts";
import type { Ask, QuestionSpec } from "./spec";
import { drawParams, variantScenario, type VariantParams } from "./variant-params";

const L = (en: string, zh: string): Localized => ({ en, zh });

export interface VariantFailure {
  /** 0-based step of the run where it fails, when the failure is at a step. */
  step: number | null;
  message: Localized;
}

export type VariantResult = { ok: true; question: Question; params: VariantParams } | { ok: false; failure: VariantFailure; params: VariantParams };

export function answerKindOf(ask: Ask): AnswerKind {
  switch (ask.kind) {
    case "state":
      return "state";
    case "segment":
      return ask.field === "flags" ? "flags" : "number";
    case "state-order":
      return "state-order";
    case "blanks":
      return "diagram-blanks";
    case "lost-segment":
      return "choice";
    case "timer":
      return "number";
  }
}

const promptOf = (spec: QuestionSpec): Localized => (spec.prompt.en && spec.prompt.zh ? spec.prompt : defaultPrompt(spec.ask));

/** The variant of `seed` (any integer, used modulo 2^32). `templateId` names the question in stored answers. */
export function generateVariant(spec: QuestionSpec, templateId: string, seed: number): VariantResult {
  const s = seed >>> 0;
  const rng = mulberry32((s ^ hashString("authored-question")) >>> 0);
  const params = drawParams(spec, rng);
  const fail = (failure: VariantFailure): VariantResult => ({ ok: false, failure, params });
  const parsed = parseScenario(variantScenario(spec, params));
  if (!parsed.ok)
    return fail({ step: null, message: L(`The engine refuses this variant's scenario: ${parsed.message}`, `引擎拒绝了本变体的场景：${parsed.message}`) });
  const scenario = parsed.scenario;
  const run = simulateDetailed(scenario);
  const broken = run.trace.steps.find((step) => step.error !== null);
  if (broken) return fail({ step: broken.i, message: L(`Step ${broken.i + 1} fails: ${broken.error}`, `第 ${broken.i + 1} 步失败：${broken.error}`) });

  const ask = askIn(spec.ask, params.swapped);
  const values = placeholderValues(run, scenario, ask);
  const template = promptOf(spec);
  const prompt = L(fillPlaceholders(template.en, values.en), fillPlaceholders(template.zh, values.zh));
  const unfilled = [...placeholdersIn(prompt.en), ...placeholdersIn(prompt.zh)];
  if (unfilled.length > 0) {
    const names = [...new Set(unfilled)].map((n) => `{${n}}`).join(", ");
    return fail({
      step: null,
      message: L(
        `The prompt's ${names} has no value in this variant (a segment it does not have?).`,
        `题干中的 ${names} 在本变体中没有对应的值（也许本变体没有该报文段？）。`,
      ),
    });
  }
  try {
    const out = buildAsk({ scenario, run, rng, ask, prompt });
    return {
      ok: true,
      params,
      question: {
        template: templateId,
        concept: spec.concept,
        kind: answerKindOf(spec.ask),
        seed: s,
        difficulty: spec.difficulty,
        ...out,
        distractors: keepWrongDistractors(out.key, out.distractors),
      },
    };
  } catch (error) {
    if (error instanceof VariantError) return fail({ step: error.step, message: error.detail });
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ step: null, message: L(`This variant cannot be built: ${detail}`, `无法生成本变体：${detail}`) });
  }
}
