// Who the progress page is for, and which day it is for them: what every loader needs to know.
import type { Locale } from "@/lib/i18n/config";
import { dayInTimeZone, type Day } from "@/lib/progress/dates";

/** A plain value, so that tests and the benchmark can build one; the page builds it from the session. */
export interface ProgressViewer {
  userId: string;
  locale: Locale;
  timeZone: string;
  today: Day;
}

export const viewerFor = (userId: string, locale: Locale, timeZone: string, now = new Date()): ProgressViewer => ({
  userId,
  locale,
  timeZone,
  today: dayInTimeZone(now, timeZone),
});
