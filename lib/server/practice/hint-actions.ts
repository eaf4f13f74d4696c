"use server";
import { hintRequestSchema } from "@/lib/schemas/practice";
import { action } from "../action";
import { getLocale } from "../i18n";
import { getOptionalUser } from "../session";
import { revealPracticeHint } from "./reveal-practice-hint";

/** "Show a hint" on the practice page: a stored question (the caller's own only) or a guest's sealed one. */
export const requestPracticeHintAction = action(hintRequestSchema, async (input) => {
  const [user, locale] = await Promise.all([getOptionalUser(), getLocale()]);
  return revealPracticeHint({ userId: user?.id ?? null, questionId: input.questionId, token: input.token, locale });
});
