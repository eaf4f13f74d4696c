import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { translateReference } from "@/lib/i18n/translate";
import { answerRequestSchema } from "@/lib/schemas/practice";
import type { SessionUser } from "../session";
import type { AnswerResponseBody } from "@/lib/practice/dto";
import type { GradeOutcome } from "./grade-outcome";
import { gradeGuestAnswer } from "./grade-guest-answer";
import { gradePracticeAnswer } from "./grade-practice-answer";

export interface AnswerHttpResponse {
  status: 200 | 400 | 401 | 404;
  body: AnswerResponseBody;
}

/**
 * POST /api/practice/answer, minus HTTP: a signed-in learner answers a stored question by id, a
 * guest (or anyone) a sealed guest question by token. 200 with the verdict; 400 for a body or
 * response that does not fit (never an attempt); 401 for an id without a session; 404 for an
 * unknown id, another learner's question, or a token this server did not seal or that expired.
 */
export async function answerPracticeQuestion(options: { body: unknown; user: SessionUser | null; locale: Locale; now?: Date }): Promise<AnswerHttpResponse> {
  const { user, locale, now } = options;
  const table = messages[locale];
  const say = (reference: string) =>
    translateReference(table, reference, undefined, locale) ?? translateReference(table, "errors.invalidValue", undefined, locale) ?? reference;

  const parsed = answerRequestSchema.safeParse(options.body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(say(issue.message));
    return { status: 400, body: { ok: false, message: say("practice.badRequest"), fieldErrors } };
  }
  const { questionId, token, response } = parsed.data;

  let outcome: GradeOutcome;
  if (questionId !== undefined) {
    if (!user) return { status: 401, body: { ok: false, message: say("errors.unauthenticated") } };
    outcome = await gradePracticeAnswer({ userId: user.id, questionId, response, locale, now });
  } else {
    outcome = gradeGuestAnswer({ token: token ?? "", response, locale, now });
  }

  switch (outcome.status) {
    case "graded":
      return { status: 200, body: { ok: true, result: outcome.result } };
    case "invalid":
      return { status: 400, body: { ok: false, message: `${say("practice.invalidAnswer")} (${outcome.message})`, fieldErrors: outcome.fieldErrors } };
    case "not-found":
      return { status: 404, body: { ok: false, message: say(questionId !== undefined ? "practice.questionNotFound" : "practice.guestQuestionExpired") } };
  }
}
