import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { PracticeQuestionDto } from "@/lib/practice/dto";
import { openGuestQuestion } from "./guest-question-token";
import { regenerateQuestion } from "./regenerate-question";
import { toQuestionDto } from "./to-question-dto";

/** A guest's question again from its sealed token (after a reload); null when the token does not open. */
export function getGuestQuestion(options: { token: string; locale: Locale; now?: Date }): PracticeQuestionDto | null {
  const claims = openGuestQuestion(options.token, options.now);
  if (!claims) return null;
  const question = regenerateQuestion(claims.templateId, claims.seed, claims.difficulty);
  return question ? toQuestionDto(question, { kind: "guest", token: options.token }, options.locale) : null;
}
