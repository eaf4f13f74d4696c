// The one way an answer is handled, for practice, guests and assignments alike (issue 12):
//   const graded = gradeAnswer(question, body.response, locale);     parse against the question, grade once
//   if (graded.status === "invalid") -> 400, nothing recorded
//   const recorded = <the caller's one SQL statement>                 practice attempt, assignment answer, or nothing (guest)
//   const { result } = presentAnswer(question, graded, recorded, locale)   the verdict from that same grading
// Only when a racing submit recorded a different response first is the recorded one graded
// instead (it is the attempt that counts).
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { grade, parseResponse, type GradeResult, type Question, type QuestionResponse } from "@/lib/questions";
import type { PracticeResultDto } from "@/lib/practice/dto";
import { toResultDto } from "./to-result-dto";

export type GradedAnswer =
  { status: "invalid"; message: string; fieldErrors: Record<string, string[]> } | { status: "graded"; response: QuestionResponse; verdict: GradeResult };

/** What the caller stored: the response that counts (an earlier submit's, when one won a race). */
export interface RecordedAnswer {
  response: unknown;
  timeTakenMs: number;
  recorded: boolean;
}

export function gradeAnswer(question: Question, raw: unknown, locale: Locale): GradedAnswer {
  const parsed = parseResponse(question, raw);
  if (!parsed.ok) return { status: "invalid", message: parsed.message, fieldErrors: parsed.fieldErrors };
  return { status: "graded", response: parsed.response, verdict: grade(question, parsed.response, locale) };
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives a stored object back with its keys reordered. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const sameJson = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The answer that counts (the recorded one) and its grading: the given grading unless a racing submit recorded another response. */
export function countedAnswer(
  question: Question,
  graded: Extract<GradedAnswer, { status: "graded" }>,
  recordedResponse: unknown,
  locale: Locale,
): { response: QuestionResponse; verdict: GradeResult } {
  if (sameJson(recordedResponse, graded.response)) return graded;
  const earlier = parseResponse(question, recordedResponse);
  return earlier.ok ? { response: earlier.response, verdict: grade(question, earlier.response, locale) } : graded;
}

/** The answer that counts and its verdict for the browser, without grading it again. */
export function presentAnswer(
  question: Question,
  graded: Extract<GradedAnswer, { status: "graded" }>,
  recorded: RecordedAnswer,
  locale: Locale,
): { response: QuestionResponse; result: PracticeResultDto } {
  const { response, verdict } = countedAnswer(question, graded, recorded.response, locale);
  return { response, result: toResultDto(question, response, locale, { timeTakenMs: recorded.timeTakenMs, recorded: recorded.recorded }, verdict) };
}
