/**
 * Days in the learner's own time zone: "new cards per day" and the forecast's days begin at the
 * learner's midnight, not the server's. Pure: only the built-in Intl API.
 */
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

/** The canonical IANA name, or null when the runtime does not know the zone. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

// The parts of an instant's local time, in one formatter per zone (lib/i18n/intl-cache.ts).
const CLOCK_PARTS = {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
} as const satisfies Intl.DateTimeFormatOptions;

function localParts(instant: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const format = dateTimeFormat("en-US", { timeZone, ...CLOCK_PARTS });
  const parts = format.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour"), min: get("minute"), s: get("second") };
}

/** Minutes the zone is ahead of UTC at that instant (480 for Asia/Shanghai). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-05-04": the local date of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

/**
 * The instant the local day of `instant` began (local midnight), as a UTC Date. On a day whose
 * midnight a clock change skips (Havana and Santiago spring forward at 00:00), the day begins at
 * the first minute its clocks show (01:00), not an hour before it on the day before.
 */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  const date = localDate(instant, timeZone);
  const midnightAsUtc = Date.UTC(p.y, p.m - 1, p.d);
  // Midnight less the offset at a first guess, and less the offset at that result (midnight may
  // be on the other side of a clock change): the earlier of the two that falls on the day.
  const first = midnightAsUtc - offsetMinutes(new Date(midnightAsUtc), timeZone) * 60_000;
  const second = midnightAsUtc - offsetMinutes(new Date(first), timeZone) * 60_000;
  const onTheDay = [first, second].filter((start) => localDate(new Date(start), timeZone) === date);
  return new Date(onTheDay.length > 0 ? Math.min(...onTheDay) : second);
}

/** The local dates of `days` days from the day of `instant` on: ["2026-05-04", "2026-05-05", ...]. */
export function localDates(instant: Date, timeZone: string, days: number): string[] {
  const [y, m, d] = localDate(instant, timeZone).split("-").map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, k) => new Date(Date.UTC(y, m - 1, d + k)).toISOString().slice(0, 10));
}
