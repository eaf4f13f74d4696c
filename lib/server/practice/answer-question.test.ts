import { describe, expect, it } from "vitest";
import { answerFor, generateQuestion, listTemplates } from "@/lib/questions";
import { countedAnswer, gradeAnswer, presentAnswer } from "./answer-question";

const question = generateQuestion(listTemplates()[0]!.id, 7, 2);
const wrong = question.distractors[0]!.response;

describe("the one answer path", () => {
  it("refuses a response that does not fit the question before anything is recorded", () => {
    expect(gradeAnswer(question, { kind: "nonsense" }, "en").status).toBe("invalid");
  });

  it("presents the verdict it graded when the recorded response is the submitted one, whatever its key order", () => {
    const graded = gradeAnswer(question, answerFor(question), "en");
    if (graded.status !== "graded") throw new Error("expected a graded answer");
    // jsonb hands objects back with their keys in another order.
    const reordered = Object.fromEntries(Object.entries(graded.response).reverse());
    const counted = countedAnswer(question, graded, reordered, "en");
    expect(counted.verdict).toBe(graded.verdict);
    const { result } = presentAnswer(question, graded, { response: reordered, timeTakenMs: 1200, recorded: true }, "zh");
    expect(result).toMatchObject({ correct: true, timeTakenMs: 1200, recorded: true, concept: question.concept });
  });

  it("grades the recorded response instead when an earlier submit won the race", () => {
    const graded = gradeAnswer(question, answerFor(question), "en");
    if (graded.status !== "graded") throw new Error("expected a graded answer");
    const { response, result } = presentAnswer(question, graded, { response: wrong, timeTakenMs: 5, recorded: true }, "en");
    expect(response).toEqual(wrong);
    expect(result.correct).toBe(false);
  });
});
