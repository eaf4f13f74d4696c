"use client";
import { useLocale } from "@/components/i18n/i18n-provider";
import { HTML_LANG } from "@/lib/i18n/config";
import { useBrowserValue } from "./use-browser-value";

const FORMATS = {
  /** "Mon 14:05": a time within the coming days (flashcards due next). */
  "weekday-time": { weekday: "short", hour: "2-digit", minute: "2-digit" },
  /** "7 Dec 2026, 14:05": a moment in a table (joined, submitted). */
  "date-time": { dateStyle: "medium", timeStyle: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date and time in the reader's language and their browser's time zone. The server does not
 * know that zone, so it renders an empty <time> and the browser fills it in (no hydration
 * mismatch, no wrong zone shown first).
 */
export function LocalTime({
  iso,
  format = "date-time",
  parenthesized = false,
  className,
}: {
  iso: string;
  format?: keyof typeof FORMATS;
  parenthesized?: boolean;
  className?: string;
}) {
  const locale = useLocale();
  const text = useBrowserValue(() => new Intl.DateTimeFormat(HTML_LANG[locale], FORMATS[format]).format(new Date(iso)), "");
  const time = (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
  if (!parenthesized) return time;
  return text ? (
    <>
      {" ("}
      {time}
      {")"}
    </>
  ) : null;
}
