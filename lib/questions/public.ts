import type { Locale, PublicQuestion, Question } from "./types";

/**
 * What the learner's browser receives: the prompt and the input in one language, the partial
 * diagram, and the scenario only when running it would not reveal the answer. Never the key,
 * the distractors or the explanation.
 */
export function toPublic(question: Question, locale: Locale): PublicQuestion {
  const out: PublicQuestion = {
    template: question.template,
    concept: question.concept,
    kind: question.kind,
    seed: question.seed,
    difficulty: question.difficulty,
    locale,
    prompt: question.prompt[locale],
    input: question.input[locale],
  };
  if (question.diagram) out.diagram = question.diagram;
  if (question.scenarioIsPublic) out.scenario = question.scenario;
  return out;
}
