/**
 * Questions teachers write without code (issue 15): a spec (spec.ts) is a scenario, what is asked
 * about its run and what varies per student; the engine does the rest.
 *
 *   const parsed = parseSpec(untrusted);               // shape + scenario, with localized problems
 *   const preview = previewSpec(parsed.spec);          // problems, warnings, a few variants with keys
 *   const v = generateVariant(spec, templateId, seed); // one student's Question (grade it with lib/questions)
 */
export * from "./spec";
export { parseSpec, messageOf, type Problem, type ParseSpecResult } from "./problems";
export { generateVariant, answerKindOf, type VariantResult, type VariantFailure } from "./generate";
export { previewSpec, checkSpec, PREVIEW_SEEDS, type Preview } from "./preview";
export { specFromScenario } from "./from-scenario";
export { defaultPrompt, clientOf } from "./prompts";
export { namesFor, placeholdersIn } from "./placeholders";
export type { VariantParams } from "./variant-params";
