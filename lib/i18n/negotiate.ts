// Choosing a locale for a first visit from the Accept-Language header (RFC 9110 §12.5.4).
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

interface Range {
  tag: string;
  quality: number;
  order: number;
}

function parseAcceptLanguage(header: string): Range[] {
  return header
    .split(",")
    .map((part, order) => {
      const [rawTag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((range) => range.tag !== "" && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
}

/** Any Chinese range (zh, zh-CN, zh-Hans, zh-TW...) picks the one Chinese we have: Simplified. */
function localeForTag(tag: string): Locale | null {
  const primary = tag.split("-")[0];
  return isLocale(primary) ? primary : null;
}

export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  for (const range of parseAcceptLanguage(header)) {
    const locale = localeForTag(range.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
