import "server-only";
import type { PracticeResultDto } from "@/lib/practice/dto";

/** What grading an answer can come to; the route handler maps it to 200, 400 and 404. */
export type GradeOutcome =
  | { status: "graded"; result: PracticeResultDto }
  /** The response does not fit the question (wrong kind, unknown option, missing blank...): not an attempt. */
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  /** No such question for this learner, or a guest token that is forged, altered or expired. */
  | { status: "not-found" };
