// Authored questions picked in the assignment form: the form names a question
// ("authored-<question id>", a value the form's slug check accepts); the assignment stores its
// current version ("authored:<version id>"), so later edits of the question make new versions
// and leave the assignment's items as they were once it has started.
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { authoredItemId } from "./authored-items";

export const AUTHORED_CHOICE_PREFIX = "authored-";
export const isAuthoredChoice = (value: string): boolean => value.startsWith(AUTHORED_CHOICE_PREFIX);
export const authoredChoice = (questionId: string): string => `${AUTHORED_CHOICE_PREFIX}${questionId}`;

/** The item ids and concepts of the teacher's own questions picked in the form; INVALID_INPUT if one is not theirs. */
export async function resolveAuthoredChoices(teacherId: string, choices: readonly string[]): Promise<{ itemId: string; concept: string }[]> {
  const ids = [...new Set(choices.filter(isAuthoredChoice).map((c) => c.slice(AUTHORED_CHOICE_PREFIX.length)))];
  if (ids.length === 0) return [];
  const questions = await db.authoredQuestion.findMany({
    where: { id: { in: ids }, teacherId },
    select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, concept: true } } },
  });
  if (questions.length !== ids.length || questions.some((q) => q.versions.length === 0))
    throw new AppError("INVALID_INPUT", { fieldErrors: { templates: ["teach.pickContent"] } });
  return questions.map((q) => ({ itemId: authoredItemId(q.versions[0]!.id), concept: q.versions[0]!.concept }));
}
