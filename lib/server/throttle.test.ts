// Integration test: runs against the real PostgreSQL database in DATABASE_URL (a fresh, migrated
// database prepared by the vitest global setup).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "./prisma-client";
import {
  clearSignInFailures,
  getSignInLock,
  minutesUntil,
  recordSignInFailure,
  signInThrottleKeys,
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

describe("sign-in throttle", () => {
  it("does not lock before the fifth failure", async () => {
    expect(await fail(SIGN_IN_THROTTLE.account.maxFailures - 1, at(0))).toBeNull();
    expect(await getSignInLock(client, keys, at(1))).toBeNull();
  });

  it("locks the account for 15 minutes at the fifth failure in the window", async () => {
    await fail(4, at(0));
    const lockedUntil = await recordSignInFailure(client, keys, at(10));
    expect(lockedUntil).toEqual(at(25));
    expect(await getSignInLock(client, keys, at(24))).toEqual(at(25));
    expect(await getSignInLock(client, [keys[0]!], at(24))).toEqual(at(25));
    // The address has five failures too, far from its own limit.
    expect(await getSignInLock(client, [keys[1]!], at(24))).toBeNull();
  });

  it("lifts the lock when it ends, and starts counting afresh", async () => {
    await fail(5, at(0));
    expect(await getSignInLock(client, keys, at(15))).toBeNull();
    expect(await recordSignInFailure(client, keys, at(16))).toBeNull();
    expect(await fail(3, at(17))).toBeNull();
    expect(await recordSignInFailure(client, keys, at(18))).toEqual(at(33));
  });

  it("forgets failures older than the window", async () => {
    await fail(4, at(0));
    // 15 minutes later the window has passed: this is failure 1 of a new window, not failure 5.
    expect(await recordSignInFailure(client, keys, at(15))).toBeNull();
    expect(await fail(3, at(16))).toBeNull();
    expect(await recordSignInFailure(client, keys, at(17))).toEqual(at(32));
  });

  it("counts an address across accounts, with its own higher limit", async () => {
    const ip = track(`ip:203.0.113.77-${crypto.randomUUID()}`);
    const limit = SIGN_IN_THROTTLE.address.maxFailures;
    expect(limit).toBeGreaterThan(SIGN_IN_THROTTLE.account.maxFailures);
    for (let i = 0; i < limit - 1; i++) {
      expect(await recordSignInFailure(client, [track(`email:${crypto.randomUUID()}@example.com`), ip], at(1))).toBeNull();
    }
    const otherAccount = track(`email:${crypto.randomUUID()}@example.com`);
    expect(await recordSignInFailure(client, [otherAccount, ip], at(5))).toEqual(at(20));
    // The account itself has one failure and is not locked; the address is.
    expect(await getSignInLock(client, [otherAccount], at(6))).toBeNull();
    expect(await getSignInLock(client, [otherAccount, ip], at(6))).toEqual(at(20));
  });

  it("counts concurrent failures exactly (atomic upsert)", async () => {
    await Promise.all(Array.from({ length: 12 }, () => recordSignInFailure(client, keys, at(0))));
    const rows = await client.signInThrottle.findMany({ where: { key: { in: keys } }, orderBy: { key: "asc" } });
    expect(rows.map((row) => row.failures)).toEqual([12, 12]);
    expect(await getSignInLock(client, [keys[0]!], at(1))).toEqual(at(15));
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
