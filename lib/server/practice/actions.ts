"use server";
import { nextQuestionSchema } from "@/lib/schemas/practice";
import { action } from "../action";
import { getLocale } from "../i18n";
import { getOptionalUser } from "../session";
import { nextPracticeQuestion } from "./next-practice-question";

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
