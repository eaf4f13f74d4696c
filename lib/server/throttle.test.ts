// Integration test: runs against the real PostgreSQL database in DATABASE_URL (a fresh, migrated
// database prepared by the vitest global setup).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "./prisma-client";
import {
  clearSignInFailures,
  getSignInLock,
  knownPlaceThrottleKey,
  minutesUntil,
  recordSignInFailure,
  signInThrottleKeys,
  signUpThrottleKey,
  SIGN_IN_THROTTLE,
} from "./throttle";

const client = createPrismaClient(process.env.DATABASE_URL ?? "");
const MINUTE = 60_000;
const start = new Date("2026-03-01T10:00:00.000Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
let keys: string[];
const usedKeys = new Set<string>();
const track = (key: string) => (usedKeys.add(key), key);

beforeEach(async () => {
  // Keys unique to each test, so tests never see each other's rows.
  const id = crypto.randomUUID();
  keys = signInThrottleKeys({ email: `${id}@example.com`, ip: `198.51.100.7-${id}` }).map(track);
});

afterAll(async () => {
  await client.signInThrottle.deleteMany({ where: { key: { in: [...usedKeys] } } });
  await client.$disconnect();
});

async function fail(times: number, now: Date, someKeys: string[] = keys) {
  let lockedUntil: Date | null = null;
  for (let i = 0; i < times; i++) lockedUntil = await recordSignInFailure(client, someKeys, now);
  return lockedUntil;
}

describe("signInThrottleKeys", () => {
  it("normalizes the email and adds the address when known", () => {
    expect(signInThrottleKeys({ email: " Ada@Example.com ", ip: "203.0.113.9" })).toEqual(["email:ada@example.com", "ip:203.0.113.9"]);
    expect(signInThrottleKeys({ email: "ada@example.com", ip: null })).toEqual(["email:ada@example.com"]);
  });
});

const SECOND = 1000;
const atSeconds = (minutes: number, seconds: number) => new Date(at(minutes).getTime() + seconds * SECOND);

describe("sign-in throttle: the account slows down, it is never locked for long", () => {
  it("does not pause before the fifth failure", async () => {
    expect(await fail(SIGN_IN_THROTTLE.account.maxFailures - 1, at(0))).toBeNull();
    expect(await getSignInLock(client, keys, at(1))).toBeNull();
  });

  it("pauses 30 s at the fifth failure, then doubles the pause with each further failure up to 5 minutes", async () => {
    const account = [keys[0]!];
    await fail(4, at(0), account);
    expect(await recordSignInFailure(client, account, at(10))).toEqual(atSeconds(10, 30));
    expect(await getSignInLock(client, account, atSeconds(10, 29))).toEqual(atSeconds(10, 30));
    // The count goes on after a pause ends (a slowdown, not a lock that starts afresh).
    expect(await getSignInLock(client, account, atSeconds(10, 30))).toBeNull();
    expect(await recordSignInFailure(client, account, at(11))).toEqual(at(12));
    expect(await recordSignInFailure(client, account, at(13))).toEqual(at(15));
    expect(await recordSignInFailure(client, account, at(20))).toEqual(at(24));
    expect(await recordSignInFailure(client, account, at(30))).toEqual(at(35));
    // Capped: never more than 5 minutes, however many failures.
    for (let i = 0; i < 10; i++) expect(await recordSignInFailure(client, account, at(40 + i * 10))).toEqual(at(45 + i * 10));
  });

  it("forgets failures older than a day", async () => {
    const account = [keys[0]!];
    await fail(4, at(0), account);
    expect(await recordSignInFailure(client, account, at(24 * 60))).toBeNull();
  });

  it("counts an address across accounts, and locks it for 15 minutes at 30 failures", async () => {
    const ip = track(`ip:203.0.113.77-${crypto.randomUUID()}`);
    const limit = SIGN_IN_THROTTLE.address.maxFailures;
    expect(limit).toBeGreaterThan(SIGN_IN_THROTTLE.account.maxFailures);
    for (let i = 0; i < limit - 1; i++) {
      expect(await recordSignInFailure(client, [track(`email:${crypto.randomUUID()}@example.com`), ip], at(1))).toBeNull();
    }
    const otherAccount = track(`email:${crypto.randomUUID()}@example.com`);
    expect(await recordSignInFailure(client, [otherAccount, ip], at(5))).toEqual(at(20));
    expect(await getSignInLock(client, [otherAccount], at(6))).toBeNull();
    expect(await getSignInLock(client, [otherAccount, ip], at(6))).toEqual(at(20));
    // After the lock, the address starts counting afresh.
    expect(await recordSignInFailure(client, [ip], at(21))).toBeNull();
  });

  it("gives a known device or address its own, larger budget, apart from the account's", async () => {
    const known = track(knownPlaceThrottleKey(crypto.randomUUID(), "device"));
    const account = [keys[0]!];
    await fail(SIGN_IN_THROTTLE.account.maxFailures + 3, at(0), account);
    // Strangers have slowed the account down; the known place is untouched.
    expect(await getSignInLock(client, [known], at(0))).toBeNull();
    expect(await fail(SIGN_IN_THROTTLE.known.maxFailures - 1, at(1), [known])).toBeNull();
    expect(await recordSignInFailure(client, [known], at(2))).toEqual(atSeconds(2, 30));
  });

  it("counts concurrent failures exactly (atomic upsert)", async () => {
    await Promise.all(Array.from({ length: 12 }, () => recordSignInFailure(client, keys, at(0))));
    const rows = await client.signInThrottle.findMany({ where: { key: { in: keys } }, orderBy: { key: "asc" } });
    expect(rows.map((row) => row.failures)).toEqual([12, 12]);
  });

  it("clears an account's count on success, but not the address's", async () => {
    await fail(4, at(0));
    await clearSignInFailures(client, keys[0]!);
    await recordSignInFailure(client, [keys[0]!], at(1));
    const rows = await client.signInThrottle.findMany({ where: { key: { in: keys } }, orderBy: { key: "asc" } });
    expect(Object.fromEntries(rows.map((row) => [row.key.split(":")[0], row.failures]))).toEqual({ email: 1, ip: 4 });
  });
});

describe("minutesUntil", () => {
  it("rounds up and never says zero", () => {
    expect(minutesUntil(at(15), at(0))).toBe(15);
    expect(minutesUntil(new Date(at(0).getTime() + 61_000), at(0))).toBe(2);
    expect(minutesUntil(at(0), at(0))).toBe(1);
  });
});

describe("sign-up throttle (finding 8)", () => {
  it("lets a lecture hall of 300 sign up from one address, then pauses the address for 15 minutes", async () => {
    const key = track(signUpThrottleKey(`203.0.113.200-${crypto.randomUUID()}`));
    const limit = SIGN_IN_THROTTLE.signUp.maxFailures;
    expect(limit).toBeGreaterThanOrEqual(300);
    // Recorded in bulk (the SQL counts concurrent calls exactly, see above).
    for (let batch = 0; batch < (limit - 1) / 50; batch++) {
      const size = Math.min(50, limit - 1 - batch * 50);
      const ends = await Promise.all(Array.from({ length: size }, () => recordSignInFailure(client, [key], at(1))));
      expect(ends.every((end) => end === null)).toBe(true);
    }
    expect(await getSignInLock(client, [key], at(2))).toBeNull();
    expect(await recordSignInFailure(client, [key], at(2))).toEqual(at(17));
    expect(await getSignInLock(client, [key], at(16))).toEqual(at(17));
    // Another address is not affected.
    expect(await getSignInLock(client, [track(signUpThrottleKey(`203.0.113.201-${crypto.randomUUID()}`))], at(16))).toBeNull();
  });
});
