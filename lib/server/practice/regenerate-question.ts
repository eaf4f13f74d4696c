import "server-only";
import { DIFFICULTIES, generateQuestion, UnknownTemplateError, type Difficulty, type Question } from "@/lib/questions";

/**
 * The whole question (with its key) from what is stored or sealed. Null when the template no
 * longer exists or the difficulty is out of range: the caller treats it like an unknown question.
 */
export function regenerateQuestion(templateId: string, seed: number, difficulty: number): Question | null {
  if (!(DIFFICULTIES as readonly number[]).includes(difficulty)) return null;
  try {
    return generateQuestion(templateId, seed, difficulty as Difficulty);
  } catch (error) {
    if (error instanceof UnknownTemplateError) return null;
    throw error;
  }
}
