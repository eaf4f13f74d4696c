import { HTML_LANG, type Locale } from "@/lib/i18n/config";
import type { Day } from "@/lib/progress/dates";
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl-cache";

/** "72%" */
export const percent = (value: number): string => `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%`;

export const formatNumber = (value: number, locale: Locale): string => numberFormat(HTML_LANG[locale]).format(value);

/** A day as people write it: "Nov 24" / "11月24日"; with the year when `withYear`. */
export function formatDay(day: Day, locale: Locale, options: { withYear?: boolean; weekday?: boolean } = {}): string {
  return dateTimeFormat(HTML_LANG[locale], {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...(options.withYear ? { year: "numeric" } : {}),
    ...(options.weekday ? { weekday: "short" } : {}),
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "June 2026" / "2026年6月" for "2026-06". */
export const formatMonth = (month: string, locale: Locale, style: "long" | "short" = "long"): string =>
  dateTimeFormat(HTML_LANG[locale], { timeZone: "UTC", month: style, ...(style === "long" ? { year: "numeric" } : {}) }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** An instant in the learner's time zone: "Nov 24, 14:05". */
export const formatInstant = (iso: string, locale: Locale, timeZone: string): string =>
  dateTimeFormat(HTML_LANG[locale], { timeZone, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
