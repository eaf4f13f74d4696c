// Sign-in throttling, counted in Postgres (SignInThrottle) so every app instance sees the same
// numbers; each failure is one atomic upsert, so concurrent attempts cannot both read "4" and both
// write "5". Three kinds of key, each with its own policy:
//   email:<address>   the account, from devices and addresses it has never signed in from.
//                     After 5 failures it SLOWS DOWN (a wait of 30 s that doubles up to 5 min per
//                     further failure) instead of locking for a fixed time, and it never applies to
//                     the owner's known devices and addresses: a stranger cannot lock anyone out.
//   ip:<address>      one client address, across accounts: 30 failures in 15 minutes pause it for
//                     15 minutes (a classroom shares one NAT address, so the limit is high).
//   known:<user>|...  a device or an address the account has signed in from before: its own,
//                     separate slowdown (10 failures, then the same growing wait), so guessing from
//                     a known place is still bounded but a stranger elsewhere cannot touch it.
// lib/server/auth.ts decides which keys an attempt counts against.
// The client is passed in (lib/server/auth.ts passes `db`) so the integration test can bring its own.
import "server-only";
import type { AppPrismaClient } from "./prisma-client";

export type ThrottlePolicy = {
  readonly maxFailures: number;
  readonly windowMs: number;
  /** The pause at the maxFailures-th failure; it doubles with every further failure... */
  readonly lockMs: number;
  /** ...up to this. */
  readonly maxLockMs: number;
  /** Start counting afresh once a pause has ended (a fixed lock), or keep counting (a slowdown). */
  readonly resetWhenUnlocked: boolean;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

export const SIGN_IN_THROTTLE: {
  readonly account: ThrottlePolicy;
  readonly address: ThrottlePolicy;
  readonly known: ThrottlePolicy;
  readonly signUp: ThrottlePolicy;
  readonly resetEmail: ThrottlePolicy;
  readonly resetAddress: ThrottlePolicy;
} = {
  account: { maxFailures: 5, windowMs: DAY, lockMs: 30 * SECOND, maxLockMs: 5 * MINUTE, resetWhenUnlocked: false },
  address: { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE, resetWhenUnlocked: true },
  known: { maxFailures: 10, windowMs: DAY, lockMs: 30 * SECOND, maxLockMs: 5 * MINUTE, resetWhenUnlocked: false },
  // Sign-ups per address (each costs a full scrypt): room for a lecture hall of 300 signing up
  // together behind one NAT address, with some retries, then a 15-minute pause.
  signUp: { maxFailures: 400, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE, resetWhenUnlocked: true },
  // "Forgot password" requests (every request counts, whether or not the email has an account, so
  // the pause itself tells nothing): 5 emails an hour to one address, then an hour's pause, so no
  // one can bury an inbox in reset mail; 30 requests an hour from one client address.
  resetEmail: { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE, maxLockMs: 60 * MINUTE, resetWhenUnlocked: true },
  resetAddress: { maxFailures: 30, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE, resetWhenUnlocked: true },
};

const ADDRESS_PREFIX = "ip:";
const KNOWN_PREFIX = "known:";
const SIGN_UP_PREFIX = "signup:";
const RESET_EMAIL_PREFIX = "reset:";
const RESET_ADDRESS_PREFIX = "reset-ip:";

type ThrottleClient = Pick<AppPrismaClient, "$queryRaw" | "signInThrottle">;

/** The keys an attempt from an unknown device and address counts against: the account, and the address when there is one. */
export function signInThrottleKeys({ email, ip }: { email: string; ip?: string | null }): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`${ADDRESS_PREFIX}${ip}`);
  return keys;
}

/** The key of an attempt from a place the account has signed in from ("device" or an address's HMAC). */
export function knownPlaceThrottleKey(userId: string, place: string): string {
  return `${KNOWN_PREFIX}${userId}|${place}`;
}

/** The key that counts sign-ups from one address. */
export function signUpThrottleKey(ip: string): string {
  return `${SIGN_UP_PREFIX}${ip}`;
}

/** The keys a password-reset request counts against: the email (account or not) and the client's address. */
export function passwordResetThrottleKeys({ email, ip }: { email: string; ip?: string | null }): string[] {
  const keys = [`${RESET_EMAIL_PREFIX}${email.trim().toLowerCase()}`];
  if (ip) keys.push(`${RESET_ADDRESS_PREFIX}${ip}`);
  return keys;
}

function policyFor(key: string, policies: typeof SIGN_IN_THROTTLE): ThrottlePolicy {
  if (key.startsWith(RESET_EMAIL_PREFIX)) return policies.resetEmail;
  if (key.startsWith(RESET_ADDRESS_PREFIX)) return policies.resetAddress;
  if (key.startsWith(SIGN_UP_PREFIX)) return policies.signUp;
  if (key.startsWith(ADDRESS_PREFIX)) return policies.address;
  if (key.startsWith(KNOWN_PREFIX)) return policies.known;
  return policies.account;
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
  const groups = new Map<ThrottlePolicy, string[]>();
  for (const key of keys) {
    const policy = policyFor(key, policies);
    groups.set(policy, [...(groups.get(policy) ?? []), key]);
  }
  const ends = await Promise.all([...groups].map(([policy, policyKeys]) => recordFailures(client, policyKeys, now, policy)));
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
  // The pause after the n-th failure (n >= maxFailures): lockMs * 2^(n - maxFailures), capped.
  const rows = await client.$queryRaw<{ lockedUntil: Date | null }[]>`
    WITH params AS (
      SELECT to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC' AS now,
             to_timestamp(${windowCutoffMs}::float8 / 1000) AT TIME ZONE 'UTC' AS cutoff,
             ${policy.maxFailures}::int AS max_failures,
             ${policy.lockMs}::float8 AS lock_ms,
             ${policy.maxLockMs}::float8 AS max_lock_ms,
             ${policy.resetWhenUnlocked}::boolean AS reset_when_unlocked
    )
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
    SELECT k, 1, params.now,
           CASE WHEN params.max_failures <= 1 THEN params.now + make_interval(secs => params.lock_ms / 1000) END
    FROM unnest(${[...keys]}::text[]) AS k, params
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" <= (SELECT cutoff FROM params)
                          OR ((SELECT reset_when_unlocked FROM params) AND t."lockedUntil" <= (SELECT now FROM params))
                        THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= (SELECT cutoff FROM params)
                             OR ((SELECT reset_when_unlocked FROM params) AND t."lockedUntil" <= (SELECT now FROM params))
                           THEN (SELECT now FROM params) ELSE t."windowStart" END,
      "lockedUntil" = (
        SELECT CASE
          WHEN c.n >= p.max_failures
            THEN p.now + make_interval(secs => LEAST(p.max_lock_ms, p.lock_ms * power(2, LEAST(c.n - p.max_failures, 30))) / 1000)
          WHEN t."lockedUntil" <= p.now THEN NULL
          ELSE t."lockedUntil" END
        FROM params p, LATERAL (SELECT CASE WHEN t."windowStart" <= p.cutoff OR (p.reset_when_unlocked AND t."lockedUntil" <= p.now)
                                            THEN 1 ELSE t."failures" + 1 END AS n) c)
    RETURNING t."lockedUntil" AS "lockedUntil"`;
  return rows.flatMap((row) => (row.lockedUntil && row.lockedUntil.getTime() > nowMs ? [row.lockedUntil] : []));
}

/** Forgets an account's failures (and its known places') after a successful sign-in. (Address counts are kept on purpose:
 * one good password must not reset the count of an address that is guessing at other accounts.) */
export async function clearSignInFailures(client: ThrottleClient, key: string | readonly string[]): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key: { in: typeof key === "string" ? [key] : [...key] } } });
}

/** Whole seconds until `until`, at least 1, for "try again in N seconds". */
export function secondsUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** Whole minutes until `until`, at least 1, for "try again in N minutes". */
export function minutesUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
