import "server-only";
import { randomInt } from "node:crypto";
import { hasTemplate, templatesForConcept, type ConceptId, type Difficulty } from "@/lib/questions";
import type { PracticeSettings } from "@/lib/schemas/practice";
import { difficultyForMastery, practisableConcepts, type ConceptMastery } from "@/lib/mastery/mastery";
import { chooseOnPath, type PathReason } from "@/lib/mastery/learning-path";

export interface NextQuestionChoice {
  templateId: string;
  difficulty: Difficulty;
  /** Adaptive mode only: why this concept comes now (shown above the question). */
  reason?: PathReason;
}

export interface ChooseNextQuestionOptions {
  settings: PracticeSettings;
  /** The learner's mastery per concept (all concepts; see getConceptMastery / masteryFromHistory). */
  mastery: readonly ConceptMastery[];
  /** "Another one like this": the same template and difficulty, with a new seed. */
  like?: { templateId: string; difficulty: Difficulty };
  /** Avoided when the concept has another template, so the same question shape does not come twice in a row. */
  previousTemplateId?: string;
  /** An integer in [0, n); crypto by default, replaceable in tests. */
  randomBelow?: (n: number) => number;
}

const cryptoBelow = (n: number) => randomInt(0, n);

/**
 * Which template and difficulty comes next. Adaptive: the concept the learning path calls for
 * (chooseOnPath: the first not yet passed, with review of missed ones interleaved) at the
 * difficulty its mastery calls for. Chosen concepts: one of them at random, the difficulty
 * again from its mastery unless the learner fixed one. Null when nothing can be practised (no
 * template in the chosen concepts).
 */
export function chooseNextQuestion(options: ChooseNextQuestionOptions): NextQuestionChoice | null {
  const { settings, mastery, like, previousTemplateId, randomBelow = cryptoBelow } = options;
  const fixed = settings.difficulty === "auto" ? null : (Number(settings.difficulty) as Difficulty);
  if (like) return hasTemplate(like.templateId) ? { templateId: like.templateId, difficulty: like.difficulty } : null;

  const available = practisableConcepts();
  let concept: ConceptId | undefined;
  let reason: PathReason | undefined;
  if (settings.mode === "adaptive") {
    reason = chooseOnPath(mastery, available) ?? undefined;
    concept = reason?.concept;
  } else {
    const chosen = available.filter((id) => settings.concepts.includes(id));
    concept = chosen.length > 0 ? chosen[randomBelow(chosen.length)] : undefined;
  }
  if (!concept) return null;

  const templates = templatesForConcept(concept);
  const fresh = templates.length > 1 ? templates.filter((t) => t.id !== previousTemplateId) : templates;
  const template = fresh[randomBelow(fresh.length)];
  if (!template) return null;
  const conceptMastery = mastery.find((m) => m.concept === concept)?.mastery ?? 0;
  const choice: NextQuestionChoice = { templateId: template.id, difficulty: fixed ?? difficultyForMastery(conceptMastery) };
  if (reason) choice.reason = reason;
  return choice;
}
