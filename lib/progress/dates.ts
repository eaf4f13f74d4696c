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

// Building an Intl formatter costs far more than using one: keep one per time zone and purpose.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "day" | "clock", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format =
      kind === "day"
        ? new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
        : new Intl.DateTimeFormat("en-US", {
            timeZone,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            second: "numeric",
          });
    formatters.set(key, format);
  }
  return format;
}

/** The day an instant falls on in an IANA time zone (e.g. "Asia/Shanghai"). */
export function dayInTimeZone(instant: Date, timeZone: string): Day {
  const parts = formatter("day", timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** How far the zone's clock is ahead of UTC at an instant, in ms (28,800,000 for Asia/Shanghai). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = formatter("clock", timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ms since the epoch) a local day begins in a time zone: its midnight, or the first
 * moment of the day where a daylight-saving change skips midnight.
 */
export function startOfDayInstant(day: Day, timeZone: string): number {
  const midnightAsUtc = toUtc(day);
  let start = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  start = midnightAsUtc - offsetAt(start, timeZone);
  // Midnight skipped by a clock change: the day starts when the clock jumps, up to a few hours later.
  for (let k = 0; k < 4 && dayInTimeZone(new Date(start), timeZone) < day; k += 1) start += 3_600_000;
  while (dayInTimeZone(new Date(start - 1), timeZone) === day) start -= 3_600_000;
  return start;
}

/**
 * The start of each day from `first` to `last` (both included), as startOfDayInstant gives them, for
 * a page that needs a boundary per day of a learner's history. Most days begin exactly 24 hours
 * after the day before, at the same offset from UTC: that takes one look at the zone's clock
 * instead of the half dozen startOfDayInstant needs; a day after a clock change is worked out in
 * full.
 */
export function startsOfDays(first: Day, last: Day, timeZone: string): number[] {
  const count = daysBetween(first, last) + 1;
  if (count <= 0) return [];
  const starts = [startOfDayInstant(first, timeZone)];
  let day = first;
  let offset = offsetAt(starts[0]!, timeZone);
  for (let k = 1; k < count; k += 1) {
    const previous = starts[k - 1]!;
    day = addDays(day, 1);
    const candidate = previous + DAY_MS;
    const candidateOffset = offsetAt(candidate, timeZone);
    // The day before began at its own midnight and the clock kept its offset for the whole day:
    // this one begins at its midnight, 24 hours on.
    const simple = candidateOffset === offset && previous + offset === toUtc(addDays(day, -1));
    const start = simple ? candidate : startOfDayInstant(day, timeZone);
    starts.push(start);
    offset = simple ? candidateOffset : offsetAt(start, timeZone);
  }
  return starts;
}
