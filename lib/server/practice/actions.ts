"use server";
import { hintRequestSchema, nextQuestionSchema } from "@/lib/schemas/practice";
import { action } from "../action";
import { getLocale } from "../i18n";
import { getOptionalUser } from "../session";
import { nextPracticeQuestion } from "./next-practice-question";
import { revealPracticeHint } from "./reveal-practice-hint";

/**
 * "Next question" and "another one like this" from the practice page, for guests and signed-in
 * learners alike (a signed-in learner's question is stored; a guest's is sealed).
 */
export const requestPracticeQuestion = action(nextQuestionSchema, async (input) => {
  const [user, locale] = await Promise.all([getOptionalUser(), getLocale()]);
  return nextPracticeQuestion({
    user,
    settings: input.settings,
    locale,
    like: input.like,
    previousTemplateId: input.previousTemplateId,
    history: input.history,
  });
});

/** "Show a hint" on the practice page: a stored question (the caller's own only) or a guest's sealed one. */
export const requestPracticeHintAction = action(hintRequestSchema, async (input) => {
  const [user, locale] = await Promise.all([getOptionalUser(), getLocale()]);
  return revealPracticeHint({ userId: user?.id ?? null, questionId: input.questionId, token: input.token, locale });
});
