// Which time zone "a day" means for the progress page. The browser tells its own zone through a
// cookie (components/progress/time-zone-sync.tsx sets it); until it has, days are UTC days.

export const TIME_ZONE_COOKIE = "hs-tz";
export const DEFAULT_TIME_ZONE = "UTC";

/** IANA names are short ASCII paths such as "America/Argentina/Buenos_Aires" or "Etc/GMT+5". */
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** The zone when the runtime knows it by that name, else UTC. Never throws. */
export function normalizeTimeZone(value: string | null | undefined): string {
  if (!value || !NAME_PATTERN.test(value)) return DEFAULT_TIME_ZONE;
  try {
    // Kept as given (Intl may report a canonical alias); both Intl and PostgreSQL know IANA names.
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
