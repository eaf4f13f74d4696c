// Where a recent mistake leads: another question like it, and its run step by step.
import type { ConceptId, Difficulty, Question } from "../questions";
import { simulatorHref } from "../simulator/share";

/** The template parameter of the practice page's URL: a fresh question (new seed) of this template. */
export const PRACTICE_TEMPLATE_PARAM = "t";

/**
 * /practice?mode=concepts&c=<concept>&d=<difficulty>&t=<template>: practice the same concept at
 * the same difficulty, starting with a new question of the same template.
 */
export function similarQuestionHref(question: { concept: ConceptId; template: string; difficulty: Difficulty }): string {
  const query = new URLSearchParams({ mode: "concepts", c: question.concept, d: String(question.difficulty), [PRACTICE_TEMPLATE_PARAM]: question.template });
  return `/practice?${query.toString()}`;
}

// Questions are frozen values that generateQuestion hands out again for the same seed (its cache of
// recent questions): the link, which encodes the whole scenario, is worked out once per question.
const replayHrefs = new WeakMap<object, string>();

/** The question's scenario in the simulator, stopped just after the step the question asks about. */
export function replayHref(question: Pick<Question, "scenario" | "explanation">): string {
  const known = replayHrefs.get(question);
  if (known !== undefined) return known;
  const step = question.explanation.diagram.highlightStep;
  const href = simulatorHref(question.scenario, step === undefined ? {} : { at: step + 1 });
  if (Object.isFrozen(question)) replayHrefs.set(question, href);
  return href;
}
