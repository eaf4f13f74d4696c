import { matchesDistractor, sameResponse } from "./compare";
import { misconceptionLabel, OTHER_MISCONCEPTION } from "./misconceptions";
import type { GradeResult, Locale, Question, QuestionResponse } from "./types";

/** A response that grades as correct (the key). */
export const answerFor = (question: Question): QuestionResponse => question.key;

/**
 * Grades a parsed response (see parseResponse): correct or not, the expected answer in words,
 * the learner's mistake when a wrong answer matches a tagged distractor ("other" when none
 * does), and the explanation from the engine's trace.
 */
export function grade(question: Question, response: QuestionResponse, locale: Locale = "en"): GradeResult {
  const correct = sameResponse(response, question.key);
  let misconception: GradeResult["misconception"] = null;
  if (!correct) {
    const hit = question.distractors.find((d) => matchesDistractor(response, d.response, question.key));
    const id = hit ? hit.misconception : OTHER_MISCONCEPTION;
    misconception = { id, label: misconceptionLabel(id, locale) };
  }
  return {
    correct,
    expected: { response: question.key, text: question.keyText[locale] },
    misconception,
    explanation: {
      text: question.explanation.text[locale],
      rfc: question.explanation.rfc,
      diagram: question.explanation.diagram,
      scenario: question.scenario,
    },
  };
}
