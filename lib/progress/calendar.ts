import { addDays, daysBetween, startOfWeek, type Day } from "./dates";

export interface DayActivity {
  day: Day;
  /** Practice answers graded that day. */
  answers: number;
  /** Flashcard reviews that day. */
  reviews: number;
}

export type ActivityLevel = 0 | 1 | 2 | 3 | 4;

/** The least activity of each level above 0: 1-4 answers and reviews is level 1, 20 or more level 4. */
export const LEVEL_THRESHOLDS = [1, 5, 10, 20] as const;

export const activityLevel = (total: number): ActivityLevel =>
  LEVEL_THRESHOLDS.reduce<ActivityLevel>((level, threshold, k) => (total >= threshold ? ((k + 1) as ActivityLevel) : level), 0);

export interface CalendarCell extends DayActivity {
  total: number;
  level: ActivityLevel;
}

export interface CalendarWeek {
  /** Monday. */
  start: Day;
  /** Monday to Sunday; null for the days after today. */
  days: (CalendarCell | null)[];
}

export interface MonthSummary {
  /** "YYYY-MM". */
  month: string;
  /** The week column in which the month's first shown day falls (for the label above the grid). */
  firstWeek: number;
  activeDays: number;
  answers: number;
  reviews: number;
}

export interface Calendar {
  from: Day;
  to: Day;
  weeks: CalendarWeek[];
  months: MonthSummary[];
  activeDays: number;
  answers: number;
  reviews: number;
}

/**
 * A GitHub-style activity grid: `weeks` columns of Monday-to-Sunday days ending with the week of
 * `today`, each day with its answers, reviews and a level for its colour, plus per-month totals
 * (the grid's text equivalent). Activity outside the range is ignored.
 */
export function buildCalendar(activity: readonly DayActivity[], today: Day, weeks = 26): Calendar {
  const from = addDays(startOfWeek(today), -7 * (weeks - 1));
  const byDay = new Map<Day, DayActivity>();
  for (const a of activity) {
    const seen = byDay.get(a.day);
    byDay.set(a.day, { day: a.day, answers: (seen?.answers ?? 0) + a.answers, reviews: (seen?.reviews ?? 0) + a.reviews });
  }
  const columns: CalendarWeek[] = [];
  const months: MonthSummary[] = [];
  for (let w = 0; w < weeks; w += 1) {
    const start = addDays(from, 7 * w);
    const days: (CalendarCell | null)[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = addDays(start, d);
      if (daysBetween(day, today) < 0) {
        days.push(null);
        continue;
      }
      const seen = byDay.get(day);
      const answers = seen?.answers ?? 0;
      const reviews = seen?.reviews ?? 0;
      const cell: CalendarCell = { day, answers, reviews, total: answers + reviews, level: activityLevel(answers + reviews) };
      days.push(cell);
      const month = day.slice(0, 7);
      let summary = months.at(-1);
      if (summary?.month !== month) {
        summary = { month, firstWeek: w, activeDays: 0, answers: 0, reviews: 0 };
        months.push(summary);
      }
      if (cell.total > 0) summary.activeDays += 1;
      summary.answers += answers;
      summary.reviews += reviews;
    }
    columns.push({ start, days });
  }
  return {
    from,
    to: today,
    weeks: columns,
    months,
    activeDays: months.reduce((n, m) => n + m.activeDays, 0),
    answers: months.reduce((n, m) => n + m.answers, 0),
    reviews: months.reduce((n, m) => n + m.reviews, 0),
  };
}
