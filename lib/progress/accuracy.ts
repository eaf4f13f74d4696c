import { addDays, daysBetween, startOfWeek, type Day } from "./dates";

export interface DayAnswers {
  day: Day;
  answers: number;
  correct: number;
}

export interface WeekAccuracy {
  /** Monday of the week. */
  weekStart: Day;
  answers: number;
  correct: number;
  /** correct / answers, or null for a week without answers. */
  accuracy: number | null;
}

/** The last `weeks` weeks (Monday to Sunday, the current one last) with their answers and accuracy. */
export function weeklyAccuracy(days: readonly DayAnswers[], today: Day, weeks = 12): WeekAccuracy[] {
  const first = addDays(startOfWeek(today), -7 * (weeks - 1));
  const out: WeekAccuracy[] = Array.from({ length: weeks }, (_, k) => ({ weekStart: addDays(first, 7 * k), answers: 0, correct: 0, accuracy: null }));
  for (const d of days) {
    const offset = daysBetween(first, d.day);
    if (offset < 0 || daysBetween(d.day, today) < 0) continue;
    const week = out[Math.floor(offset / 7)];
    if (!week) continue;
    week.answers += d.answers;
    week.correct += d.correct;
  }
  for (const week of out) week.accuracy = week.answers > 0 ? week.correct / week.answers : null;
  return out;
}
