"use client";
import { useSyncExternalStore } from "react";
import { useLocale } from "@/components/i18n/i18n-provider";

const noop = () => () => {};

/**
 * A date and time in the reader's own time zone. The server does not know that zone, so it renders
 * nothing and the browser fills it in (no hydration mismatch).
 */
export function LocalTime({ iso, parenthesized = false }: { iso: string; parenthesized?: boolean }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    noop,
    () => new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { weekday: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(iso)),
    () => "",
  );
  if (!text) return null;
  return parenthesized ? (
    <>
      {" ("}
      <time dateTime={iso}>{text}</time>
      {")"}
    </>
  ) : (
    <time dateTime={iso}>{text}</time>
  );
}
