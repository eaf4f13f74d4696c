import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { grade, type GradeResult, type Question, type QuestionResponse } from "@/lib/questions";
import { simulatorHref } from "@/lib/simulator/share";
import type { PracticeResultDto } from "@/lib/practice/dto";

/** Shapes the verdict on a parsed response for the browser (after the answer is in); grades it unless given its grading. */
export function toResultDto(
  question: Question,
  response: QuestionResponse,
  locale: Locale,
  extra: { timeTakenMs: number; recorded: boolean },
  graded: GradeResult = grade(question, response, locale),
): PracticeResultDto {
  const step = graded.explanation.diagram.highlightStep;
  return {
    correct: graded.correct,
    response,
    expected: graded.expected,
    misconception: graded.misconception,
    explanation: {
      text: graded.explanation.text,
      rfc: graded.explanation.rfc,
      diagram: graded.explanation.diagram,
      // Stopped just after the asked step, so the replay opens where the question is.
      simulatorHref: simulatorHref(graded.explanation.scenario, step === undefined ? {} : { at: step + 1 }),
    },
    concept: question.concept,
    templateId: question.template,
    difficulty: question.difficulty,
    timeTakenMs: extra.timeTakenMs,
    recorded: extra.recorded,
  };
}
