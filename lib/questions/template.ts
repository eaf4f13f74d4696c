import type { Rng } from "./random";
import type { AnswerKind, ConceptId, Difficulty, Localized, Question } from "./types";

/** What a template's generator receives: its own seeded generator and the difficulty. */
export interface BuildContext {
  seed: number;
  difficulty: Difficulty;
  rng: Rng;
}

/** What a generator returns; the registry adds the identity fields and drops bad distractors. */
export type TemplateOutput = Omit<Question, "template" | "concept" | "kind" | "seed" | "difficulty">;

export interface Template {
  id: string;
  concept: ConceptId;
  kind: AnswerKind;
  title: Localized;
  /** Pure: the same context gives the same output. Every value comes from an engine run. */
  build(ctx: BuildContext): TemplateOutput;
}
