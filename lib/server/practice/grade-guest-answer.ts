import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { gradeAnswer, presentAnswer } from "./answer-question";
import type { GradeOutcome } from "./grade-outcome";
import { openGuestQuestion } from "./guest-question-token";
import { regenerateQuestion } from "./regenerate-question";
import { timeTakenMs } from "./time-taken";

/** Grades a guest's answer from the sealed token: on the server, nothing recorded. */
export function gradeGuestAnswer(options: { token: string; response: unknown; locale: Locale; now?: Date }): GradeOutcome {
  const { token, locale, now = new Date() } = options;
  const claims = openGuestQuestion(token, now);
  if (!claims) return { status: "not-found" };
  const question = regenerateQuestion(claims.templateId, claims.seed, claims.difficulty);
  if (!question) return { status: "not-found" };
  const graded = gradeAnswer(question, options.response, locale);
  if (graded.status === "invalid") return graded;
  const { result } = presentAnswer(question, graded, { response: graded.response, timeTakenMs: timeTakenMs(claims.issuedAt, now), recorded: false }, locale);
  return { status: "graded", result };
}
