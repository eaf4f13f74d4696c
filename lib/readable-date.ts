/** The last moment of year 9999 (UTC): the latest date every formatter and every ISO reader accepts. */
export const LATEST_READABLE_DATE = new Date(Date.UTC(9999, 11, 31, 23, 59, 0));

/**
 * A date as stored, or, when the driver could not read it (a timestamp past year 9999 comes back
 * as an Invalid Date), the latest readable date: every such row was a date far in the future.
 */
export function readableDate(date: Date): Date {
  return Number.isNaN(date.getTime()) ? LATEST_READABLE_DATE : date;
}
