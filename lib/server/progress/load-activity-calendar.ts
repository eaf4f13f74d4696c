import "server-only";
import { buildCalendar, type DayActivity } from "@/lib/progress/calendar";
import type { ActivityCalendarDto } from "@/lib/progress/dto";
import { loadDailyAnswers } from "./daily-answers";
import { loadReviewDays } from "./flashcard-stats";
import type { ProgressViewer } from "@/lib/progress/viewer";

export const CALENDAR_WEEKS = 26;

/** Answers and flashcard reviews per day over the last 26 weeks (about six months). */
export async function loadActivityCalendar({ userId, timeZone, today }: ProgressViewer): Promise<ActivityCalendarDto> {
  const [answers, reviews] = await Promise.all([loadDailyAnswers(userId, timeZone, today), loadReviewDays(userId, timeZone)]);
  const activity: DayActivity[] = [
    ...answers.map((d) => ({ day: d.day, answers: d.answers, reviews: 0 })),
    ...reviews.days.map((d) => ({ day: d.day, answers: 0, reviews: d.reviews })),
  ];
  return { calendar: buildCalendar(activity, today, CALENDAR_WEEKS) };
}
