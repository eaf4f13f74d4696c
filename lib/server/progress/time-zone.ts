// The learner's time zone for counting days (streak, calendar, weekly accuracy): the browser's own
// zone, which components/progress/time-zone-sync.tsx stores in the hs-tz cookie; UTC until then.
import "server-only";
import { cookies } from "next/headers";
import { normalizeTimeZone, TIME_ZONE_COOKIE } from "@/lib/progress/timezone";

export async function getTimeZone(): Promise<string> {
  return normalizeTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
