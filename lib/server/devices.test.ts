// Integration test of the device records behind sessions (lib/server/devices.ts), against the
// real PostgreSQL database of the vitest global setup.
import { afterAll, describe, expect, it } from "vitest";
import { changePassword } from "./account/change-password";
import { authConfig } from "./auth.config";
import { db } from "./db";
import {
  checkDevice,
  createDevice,
  DEVICE_IDLE_MS,
  DEVICE_MAX_AGE_MS,
  isKnownAddress,
  listDevices,
  revokeAllDevices,
  revokeDevice,
  summarizeUserAgent,
} from "./devices";
import { AppError } from "./errors";
import { hashPassword, verifyPassword } from "./password";

const users: string[] = [];
async function user(passwordHash?: string) {
  const row = await db.user.create({
    data: { name: "Device test", email: `device-${crypto.randomUUID()}@example.com`, passwordHash, locale: "zh" },
    select: { id: true },
  });
  users.push(row.id);
  return row.id;
}
afterAll(async () => {
  await db.device.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

describe("devices", () => {
  it("summarises a User-Agent in a few words", () => {
    expect(summarizeUserAgent(CHROME_WINDOWS)).toBe("Chrome on Windows");
    expect(summarizeUserAgent(SAFARI_IPHONE)).toBe("Safari on iOS");
    expect(summarizeUserAgent("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox on Linux");
    expect(summarizeUserAgent(null)).toBe("Unknown browser");
  });

  it("a device is live until it is revoked; revoking another user's device does nothing", async () => {
    const owner = await user();
    const stranger = await user();
    const deviceId = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS, address: "203.0.113.9" });
    expect(await checkDevice(deviceId)).toMatchObject({ id: owner });
    expect(await revokeDevice({ userId: stranger, deviceId })).toBe(false);
    expect(await checkDevice(deviceId)).toMatchObject({ id: owner });
    expect(await revokeDevice({ userId: owner, deviceId })).toBe(true);
    expect(await checkDevice(deviceId)).toBeNull();
    expect(await checkDevice("no-such-device")).toBeNull();
  });

  it("reads the device's user with it, as the database has the user now; a deleted user's device is no session", async () => {
    const owner = await user();
    const deviceId = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: owner }, select: { email: true } });
    expect(await checkDevice(deviceId)).toEqual({ id: owner, name: "Device test", email, role: "STUDENT", locale: "zh" });
    await db.user.update({ where: { id: owner }, data: { role: "TEACHER", name: "Renamed" } });
    expect(await checkDevice(deviceId)).toMatchObject({ role: "TEACHER", name: "Renamed" });
    await db.user.delete({ where: { id: owner } });
    expect(await checkDevice(deviceId)).toBeNull();
  });

  it("marks the device as seen at most every few minutes", async () => {
    const owner = await user();
    const deviceId = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS });
    const lastSeen = async () => (await db.device.findUniqueOrThrow({ where: { id: deviceId } })).lastSeenAt.getTime();
    const created = await lastSeen();
    expect(await checkDevice(deviceId, new Date(created + 60_000))).not.toBeNull();
    expect(await lastSeen()).toBe(created);
    expect(await checkDevice(deviceId, new Date(created + 10 * 60_000))).not.toBeNull();
    expect(await lastSeen()).toBe(created + 10 * 60_000);
  });

  it("expires after a time idle and a time since sign-in, however often it is used", async () => {
    const owner = await user();
    const deviceId = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS });
    const created = (await db.device.findUniqueOrThrow({ where: { id: deviceId } })).createdAt.getTime();
    // Idle: unused for longer than DEVICE_IDLE_MS.
    expect(await checkDevice(deviceId, new Date(created + DEVICE_IDLE_MS + 1000))).toBeNull();
    // Used every few days (each use renews lastSeenAt)...
    let now = created;
    while (now + 3 * 86_400_000 < created + DEVICE_MAX_AGE_MS) {
      now += 3 * 86_400_000;
      expect(await checkDevice(deviceId, new Date(now))).toMatchObject({ id: owner });
    }
    // ...but not past the maximum age since sign-in.
    expect(await checkDevice(deviceId, new Date(created + DEVICE_MAX_AGE_MS + 1000))).toBeNull();
  });

  it("the session cookie, never renewed, lasts as long as its device can (the proxy renews no cookie)", () => {
    // Auth.js issues the cookie at sign-in for session.maxAge; the device ends DEVICE_MAX_AGE_MS
    // after that sign-in however often it is used, so renewing the cookie would add nothing.
    expect(authConfig.session.maxAge * 1000).toBeGreaterThanOrEqual(DEVICE_MAX_AGE_MS);
  });

  it("lists the user's live devices, marks the current one, and signs them all out", async () => {
    const owner = await user();
    const laptop = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS });
    const phone = await createDevice({ userId: owner, userAgent: SAFARI_IPHONE });
    const gone = await createDevice({ userId: owner, userAgent: SAFARI_IPHONE });
    await revokeDevice({ userId: owner, deviceId: gone });
    const listed = await listDevices({ userId: owner, currentDeviceId: phone });
    expect(listed.map((d) => d.id).sort()).toEqual([laptop, phone].sort());
    expect(listed.find((d) => d.id === phone)).toMatchObject({ current: true, userAgent: "Safari on iOS" });
    expect(listed.find((d) => d.id === laptop)).toMatchObject({ current: false, userAgent: "Chrome on Windows" });
    expect(await revokeAllDevices({ userId: owner })).toBe(2);
    expect(await checkDevice(laptop)).toBeNull();
    expect(await checkDevice(phone)).toBeNull();
    expect(await listDevices({ userId: owner })).toEqual([]);
  });

  it("remembers the addresses a user signed in from, as HMACs only", async () => {
    const owner = await user();
    await createDevice({ userId: owner, userAgent: CHROME_WINDOWS, address: "198.51.100.20" });
    expect(await isKnownAddress({ userId: owner, address: "198.51.100.20" })).toBe(true);
    expect(await isKnownAddress({ userId: owner, address: "198.51.100.21" })).toBe(false);
    expect(await isKnownAddress({ userId: owner, address: null })).toBe(false);
    const stored = await db.device.findFirstOrThrow({ where: { userId: owner } });
    expect(stored.addressKey).not.toContain("198.51");
  });

  it("a password change checks the current password and signs out every device, this one included (issue 13: all of them)", { timeout: 90_000 }, async () => {
    const owner = await user(await hashPassword("old-password-for-devices"));
    const here = await createDevice({ userId: owner, userAgent: CHROME_WINDOWS });
    const elsewhere = await createDevice({ userId: owner, userAgent: SAFARI_IPHONE });
    await expect(changePassword({ userId: owner, currentPassword: "wrong-password-1234", newPassword: "new-password-for-devices" })).rejects.toBeInstanceOf(
      AppError,
    );
    expect(await checkDevice(elsewhere)).not.toBeNull();
    expect(await changePassword({ userId: owner, currentPassword: "old-password-for-devices", newPassword: "new-password-for-devices" })).toEqual({
      signedOut: 2,
    });
    expect(await checkDevice(elsewhere)).toBeNull();
    // The device the change was made on is ended too: a copy of its cookie is no session any more.
    expect(await checkDevice(here)).toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: owner }, select: { passwordHash: true } });
    expect(await verifyPassword("new-password-for-devices", passwordHash!)).toBe(true);
  });
});
