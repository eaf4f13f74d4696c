import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { generateQuestion, type Difficulty } from "@/lib/questions";
import type { PracticeQuestionDto } from "@/lib/practice/dto";
import { sealGuestQuestion } from "./guest-question-token";
import { newQuestionSeed } from "./new-question-seed";
import { toQuestionDto } from "./to-question-dto";

/** A question for a guest: nothing stored, the browser holds a sealed token instead of an id. */
export function issueGuestQuestion(options: { templateId: string; difficulty: Difficulty; locale: Locale; now?: Date }): PracticeQuestionDto {
  const { templateId, difficulty, locale, now = new Date() } = options;
  const seed = newQuestionSeed();
  const question = generateQuestion(templateId, seed, difficulty);
  const token = sealGuestQuestion({ templateId, seed, difficulty, locale, issuedAt: now });
  return toQuestionDto(question, { kind: "guest", token }, locale);
}
