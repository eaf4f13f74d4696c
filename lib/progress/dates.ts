// Calendar days as "YYYY-MM-DD" strings. A day string names a day in the learner's time zone; the
// arithmetic below runs on UTC dates only, so it never meets a daylight-saving jump.

export type Day = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string): value is Day {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const toUtc = (day: Day): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: Day, days: number): Day => fromUtc(toUtc(day) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** 0 for Monday ... 6 for Sunday (ISO 8601 weeks, which start on Monday). */
export const weekdayIndex = (day: Day): number => (new Date(toUtc(day)).getUTCDay() + 6) % 7;

/** The Monday of the week that holds `day`. */
export const startOfWeek = (day: Day): Day => addDays(day, -weekdayIndex(day));

/** The day an instant falls on in an IANA time zone (e.g. "Asia/Shanghai"). */
export function dayInTimeZone(instant: Date, timeZone: string): Day {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
