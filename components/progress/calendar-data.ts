// The activity grid's data as the browser gets it, and its colours: a module both the server
// (activity-calendar.tsx) and the client grid (calendar-grid.tsx) import.
import type { Calendar } from "@/lib/progress/calendar";

/** Level 0 is an empty square; levels 1-4 the accent colour, stronger with more activity. */
export const LEVEL_FILL = [
  "var(--surface-raised)",
  "color-mix(in srgb, var(--accent) 30%, transparent)",
  "color-mix(in srgb, var(--accent) 55%, transparent)",
  "color-mix(in srgb, var(--accent) 80%, transparent)",
  "var(--accent)",
] as const;

/**
 * The grid as numbers (issue 12: as server-rendered SVG, its 180-odd squares were sent twice, as
 * HTML and as React's payload, with a tooltip each): answers and reviews per day from `from` (a
 * Monday) to the last day, and each month label's column.
 */
export interface CalendarGridData {
  from: string;
  weeks: number;
  answers: number[];
  reviews: number[];
  months: { firstWeek: number; label: string }[];
}

/** The compact form of a calendar (a server-side step: the labels are formatted in the reader's language). */
export function toCalendarGridData(calendar: Calendar, monthLabel: (month: string) => string): CalendarGridData {
  const days = calendar.weeks.flatMap((week) => week.days).filter((cell) => cell !== null);
  return {
    from: calendar.from,
    weeks: calendar.weeks.length,
    answers: days.map((cell) => cell.answers),
    reviews: days.map((cell) => cell.reviews),
    // A month that starts in the last column, or right after the previous label, gets no label of its own.
    months: calendar.months
      .filter((m, k) => !(k > 0 && m.firstWeek - (calendar.months[k - 1]?.firstWeek ?? -9) < 3))
      .map((m) => ({ firstWeek: m.firstWeek, label: monthLabel(m.month) })),
  };
}
