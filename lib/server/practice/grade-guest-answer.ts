import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { parseResponse } from "@/lib/questions";
import type { GradeOutcome } from "./grade-outcome";
import { openGuestQuestion } from "./guest-question-token";
import { regenerateQuestion } from "./regenerate-question";
import { timeTakenMs } from "./time-taken";
import { toResultDto } from "./to-result-dto";

/** Grades a guest's answer from the sealed token: on the server, nothing recorded. */
export function gradeGuestAnswer(options: { token: string; response: unknown; locale: Locale; now?: Date }): GradeOutcome {
  const { token, locale, now = new Date() } = options;
  const claims = openGuestQuestion(token, now);
  if (!claims) return { status: "not-found" };
  const question = regenerateQuestion(claims.templateId, claims.seed, claims.difficulty);
  if (!question) return { status: "not-found" };
  const parsed = parseResponse(question, options.response);
  if (!parsed.ok) return { status: "invalid", message: parsed.message, fieldErrors: parsed.fieldErrors };
  return { status: "graded", result: toResultDto(question, parsed.response, locale, { timeTakenMs: timeTakenMs(claims.issuedAt, now), recorded: false }) };
}
