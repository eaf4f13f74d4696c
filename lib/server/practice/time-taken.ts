/** Answers slower than this count as this (a learner who left the tab open is not "slow"). */
import "server-only";
export const TIME_TAKEN_CAP_MS = 15 * 60 * 1000;

/** Server-measured time from a question's creation to its answer, in [0, cap]. */
export function timeTakenMs(createdAt: Date, answeredAt: Date): number {
  return Math.min(Math.max(answeredAt.getTime() - createdAt.getTime(), 0), TIME_TAKEN_CAP_MS);
}
