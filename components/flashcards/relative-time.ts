import type { Locale } from "@/lib/flashcards/types-public";
import { relativeTimeFormat } from "@/lib/i18n/intl-cache";

/**
 * "in 3 hours", "3 小时后": the distance from `from` to `to`, in the largest sensible unit. Chinese
 * gets a space between the number and the word, as the glossary asks (Intl writes "3小时后").
 */
export function relativeTime(to: Date, from: Date, locale: Locale): string {
  const format = relativeTimeFormat(locale === "zh" ? "zh-CN" : "en", { numeric: "auto" });
  const seconds = (to.getTime() - from.getTime()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  const space = (text: string) => (locale === "zh" ? text.replace(/(\d)(?=[\u4e00-\u9fff])/g, "$1 ") : text);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return space(format.format(Math.round(seconds / size), unit));
  }
  return space(format.format(Math.max(1, Math.round(seconds / 60)), "minute"));
}
