// Sign-in throttling: after `maxFailures` failed attempts within `windowMs` for one key (an
// account's email or a client address), that key is locked for `lockMs`. The counts live in Postgres
// (SignInThrottle) so every app instance sees the same numbers, and each failure is one atomic
// upsert, so concurrent attempts cannot both read "4" and both write "5".
// The client is passed in (lib/server/auth.ts passes `db`) so the integration test can bring its own.
import type { AppPrismaClient } from "./prisma-client";

export type ThrottlePolicy = { readonly maxFailures: number; readonly windowMs: number; readonly lockMs: number };

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * One account: 5 failures in 15 minutes lock it for 15 minutes. One address: more room, because a
 * whole classroom often shares one address behind NAT, and one student's typos must not lock out
 * the class; 30 failures still stop a guesser spraying many accounts from one place.
 */
export const SIGN_IN_THROTTLE: { readonly account: ThrottlePolicy; readonly address: ThrottlePolicy } = {
  account: { maxFailures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
  address: { maxFailures: 30, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES },
};

const ADDRESS_PREFIX = "ip:";

type ThrottleClient = Pick<AppPrismaClient, "$queryRaw" | "signInThrottle">;

/** The keys one attempt counts against. The address is optional: without one, only the account counts. */
export function signInThrottleKeys({ email, ip }: { email: string; ip?: string | null }): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`${ADDRESS_PREFIX}${ip}`);
  return keys;
}

/** When the latest lock on any of the keys ends, or null if none is locked at `now`. */
export async function getSignInLock(client: ThrottleClient, keys: readonly string[], now = new Date()): Promise<Date | null> {
  const locked = await client.signInThrottle.findMany({
    where: { key: { in: [...keys] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const ends = locked.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return ends.length > 0 ? new Date(Math.max(...ends)) : null;
}

/**
 * Counts one failure against each key and returns when the resulting lock ends (null when this
 * failure did not lock anything). A count starts again once its window has passed or its lock
 * has ended.
 */
export async function recordSignInFailure(
  client: ThrottleClient,
  keys: readonly string[],
  now = new Date(),
  policies: typeof SIGN_IN_THROTTLE = SIGN_IN_THROTTLE,
): Promise<Date | null> {
  const addressKeys = keys.filter((key) => key.startsWith(ADDRESS_PREFIX));
  const accountKeys = keys.filter((key) => !key.startsWith(ADDRESS_PREFIX));
  const ends = await Promise.all([
    recordFailures(client, accountKeys, now, policies.account),
    recordFailures(client, addressKeys, now, policies.address),
  ]);
  const locks = ends.flat().map((end) => end.getTime());
  return locks.length > 0 ? new Date(Math.max(...locks)) : null;
}

/** One atomic upsert for keys under one policy; returns the locks in force after it. */
async function recordFailures(client: ThrottleClient, keys: readonly string[], now: Date, policy: ThrottlePolicy): Promise<Date[]> {
  if (keys.length === 0) return [];
  // Times go in as epoch milliseconds and become UTC timestamps in SQL, the way Prisma stores
  // DateTime, whatever the session's TimeZone setting.
  const nowMs = now.getTime();
  const windowCutoffMs = nowMs - policy.windowMs;
  const lockUntilMs = nowMs + policy.lockMs;
  const rows = await client.$queryRaw<{ lockedUntil: Date | null }[]>`
    WITH params AS (
      SELECT to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC' AS now,
             to_timestamp(${windowCutoffMs}::float8 / 1000) AT TIME ZONE 'UTC' AS cutoff,
             to_timestamp(${lockUntilMs}::float8 / 1000) AT TIME ZONE 'UTC' AS lock_until,
             ${policy.maxFailures}::int AS max_failures
    )
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
    SELECT k, 1, params.now, CASE WHEN params.max_failures <= 1 THEN params.lock_until END
    FROM unnest(${[...keys]}::text[]) AS k, params
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" <= (SELECT cutoff FROM params) OR t."lockedUntil" <= (SELECT now FROM params)
                        THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= (SELECT cutoff FROM params) OR t."lockedUntil" <= (SELECT now FROM params)
                           THEN (SELECT now FROM params) ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN t."windowStart" <= (SELECT cutoff FROM params) OR t."lockedUntil" <= (SELECT now FROM params)
                   THEN 1 ELSE t."failures" + 1 END) >= (SELECT max_failures FROM params)
          THEN (SELECT lock_until FROM params)
        WHEN t."lockedUntil" <= (SELECT now FROM params) THEN NULL
        ELSE t."lockedUntil" END
    RETURNING t."lockedUntil" AS "lockedUntil"`;
  return rows.flatMap((row) => (row.lockedUntil && row.lockedUntil.getTime() > nowMs ? [row.lockedUntil] : []));
}

/** Forgets an account's failures after a successful sign-in. (Address counts are kept on purpose:
 * one good password must not reset the count of an address that is guessing at other accounts.) */
export async function clearSignInFailures(client: ThrottleClient, key: string): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key } });
}

/** Whole minutes until `until`, at least 1, for "try again in N minutes". */
export function minutesUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
