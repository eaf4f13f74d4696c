import "server-only";
import { weeklyAccuracy } from "@/lib/progress/accuracy";
import type { AccuracyTrendDto } from "@/lib/progress/dto";
import { loadDailyAnswers } from "./daily-answers";
import type { ProgressViewer } from "@/lib/progress/viewer";

export const ACCURACY_WEEKS = 12;

/** Accuracy per week (Monday to Sunday in the learner's time zone), the last 12 weeks. */
export async function loadAccuracyTrend({ userId, timeZone, today }: ProgressViewer): Promise<AccuracyTrendDto> {
  return { weeks: weeklyAccuracy(await loadDailyAnswers(userId, timeZone, today), today, ACCURACY_WEEKS) };
}
