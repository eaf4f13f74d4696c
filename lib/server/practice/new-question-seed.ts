import "server-only";
import { randomInt } from "node:crypto";

/**
 * A random seed for a new question, drawn with crypto on the server so that no one can predict
 * or choose the question. Kept below 2^31 to fit PostgreSQL's integer column.
 */
export function newQuestionSeed(): number {
  return randomInt(0, 2 ** 31 - 1);
}
