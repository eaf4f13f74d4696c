// Which languages Handshake speaks. Pure: safe to import from client, server, proxy and tests.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the reader's choice (set by the language switch). */
export const LOCALE_COOKIE = "hs-locale";

/** The BCP 47 tag for <html lang> and for Intl formatters. */
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-CN" };

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
