import "server-only";
import type { ProgressOverviewDto } from "@/lib/progress/dto";
import { computeStreaks } from "@/lib/progress/streak";
import { loadDailyAnswers } from "./daily-answers";
import { loadReviewDays } from "./flashcard-stats";
import type { ProgressViewer } from "@/lib/progress/viewer";

/** Totals and streaks; a day counts as active with an answer or a review. */
export async function loadProgressOverview({ userId, timeZone, today }: ProgressViewer): Promise<ProgressOverviewDto> {
  const [days, reviews] = await Promise.all([loadDailyAnswers(userId, timeZone, today), loadReviewDays(userId, timeZone)]);
  const active = [...days.filter((d) => d.answers > 0).map((d) => d.day), ...reviews.days.filter((d) => d.reviews > 0).map((d) => d.day)];
  const answers = days.reduce((n, d) => n + d.answers, 0);
  const correct = days.reduce((n, d) => n + d.correct, 0);
  return { timeZone, today, answers, correct, activeDays: new Set(active).size, streaks: computeStreaks(active, today) };
}
