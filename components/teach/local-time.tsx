"use client";
import { useLocale } from "@/components/i18n/i18n-provider";
import { HTML_LANG } from "@/lib/i18n/config";

/**
 * A date and time in the reader's language and in their browser's time zone (the server does not
 * know it). The server renders UTC; the browser corrects it on hydration.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const text = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
