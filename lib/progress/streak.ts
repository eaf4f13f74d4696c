import { addDays, daysBetween, type Day } from "./dates";

export interface Streaks {
  /** Consecutive active days ending today, or ending yesterday while today is still open. */
  current: number;
  longest: number;
  activeToday: boolean;
}

/**
 * Streaks from the days with activity (any order, duplicates allowed) as seen on `today` in the
 * learner's time zone. A streak that ended yesterday still counts as current: today is not over.
 * Days after `today` (a clock that moved back) are ignored.
 */
export function computeStreaks(activeDays: Iterable<Day>, today: Day): Streaks {
  const days = [...new Set(activeDays)].filter((d) => daysBetween(d, today) >= 0).sort();
  let longest = 0;
  let run = 0;
  let previous: Day | null = null;
  for (const day of days) {
    run = previous !== null && daysBetween(previous, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const set = new Set(days);
  const activeToday = set.has(today);
  let current = 0;
  let cursor = activeToday ? today : addDays(today, -1);
  while (set.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, activeToday };
}
