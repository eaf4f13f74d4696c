// One Intl formatter per locale and options, made once and reused. Constructing an
// Intl.DateTimeFormat or NumberFormat loads locale data and costs tens of microseconds, far more
// than formatting with it; the server renders pages that format hundreds of dates and numbers,
// and a CPU profile of /flashcards showed the constructors among the page's costliest lines.
// Formatters are immutable, so sharing them between requests is safe. Pure: server and browser.

type Options = Intl.DateTimeFormatOptions | Intl.NumberFormatOptions | Intl.RelativeTimeFormatOptions | Intl.PluralRulesOptions;

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: Options | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    // Keys come from the code's own option literals and the known locales and time zones; the
    // bound keeps a stream of unusual time zones from growing it without end.
    if (cache.size >= 500) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

/** How many formatters are held (for the tests). */
export const intlCacheSize = (): number => cache.size;

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached("dt", locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached("n", locale, options, () => new Intl.NumberFormat(locale, options));

export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached("rt", locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached("pl", locale, options, () => new Intl.PluralRules(locale, options));
