// Signed-in devices: one Device row per sign-in (a browser), its id carried in the session JWT as
// `sid`. The JWT alone no longer makes a session: every request checks the row once
// (getActiveDevice, cached for the request), so sign-out, "sign out everywhere" and a password
// change end a session for good, even for a copy of the cookie taken before.
//
// Renewal is limited: a device expires DEVICE_IDLE_MS after it was last seen and
// DEVICE_MAX_AGE_MS after its sign-in, however often its cookie is renewed.
//
// The data API for the account page: listDevices, revokeDevice, revokeAllDevices.
import "server-only";
import { createHmac } from "node:crypto";
import { cache } from "react";
import { db } from "./db";
import { env } from "./env";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DeviceDto } from "@/lib/account/dto";

const DAY = 24 * 60 * 60 * 1000;
/** A device unused this long is signed out. */
export const DEVICE_IDLE_MS = 14 * DAY;
/** A device is signed out this long after its sign-in, used or not: then the password again. */
export const DEVICE_MAX_AGE_MS = 30 * DAY;
/** lastSeenAt is written at most this often per device, so a page view is not a write. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** The address as stored: an HMAC, so the table holds no addresses but can still match one. */
export function addressKeyOf(address: string | null | undefined): string | null {
  if (!address) return null;
  return createHmac("sha256", env.AUTH_SECRET).update(`address:${address}`).digest("base64url").slice(0, 32);
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/**
 * "Chrome on Windows": enough for a person to recognise their own devices in a list. Hand-written
 * on purpose: a full User-Agent parser (and its database) is far more than two words need.
 */
export function summarizeUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown browser";
}

/** A new device for a successful sign-in; its id goes into the JWT. */
export async function createDevice(options: { userId: string; userAgent?: string | null; address?: string | null }): Promise<string> {
  const device = await db.device.create({
    data: { userId: options.userId, userAgent: summarizeUserAgent(options.userAgent), addressKey: addressKeyOf(options.address) },
    select: { id: true },
  });
  return device.id;
}

function isLive(device: { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null }, now: Date): boolean {
  return !device.revokedAt && now.getTime() - device.lastSeenAt.getTime() < DEVICE_IDLE_MS && now.getTime() - device.createdAt.getTime() < DEVICE_MAX_AGE_MS;
}

/** The signed-in device's user, as the database has it now (the role and locale included). */
export interface DeviceUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string;
}

/**
 * The device's user while the device is signed in (not revoked, not idle or too old) and the user
 * still exists, else null. Marks it as seen (at most every few minutes). Throws when the database
 * cannot be reached.
 *
 * One statement for the device and its user: every signed-in request makes it, and each Prisma
 * query costs about a millisecond of CPU of its own (issue 12). Device has no Prisma relation to
 * User (a device row outlives its account), hence the join in SQL.
 */
export async function checkDevice(deviceId: string, now = new Date()): Promise<DeviceUser | null> {
  const [row] = await db.$queryRaw<(DeviceUser & { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null })[]>`
      SELECT d."createdAt", d."lastSeenAt", d."revokedAt", u."id", u."name", u."email", u."role"::text AS "role", u."locale"
      FROM "Device" d
      JOIN "User" u ON u."id" = d."userId"
      WHERE d."id" = ${deviceId}`;
  if (!row || !isLive(row, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.device.updateMany({ where: { id: deviceId, revokedAt: null, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale };
}

/** checkDevice, once per request (React cache): the JWT callback and getOptionalUser share it. */
export const getActiveDevice = cache((deviceId: string) => checkDevice(deviceId));

/** The user's signed-in devices, most recently used first. */
export async function listDevices(options: { userId: string; currentDeviceId?: string | null }, now = new Date()): Promise<DeviceDto[]> {
  const rows = await db.device.findMany({
    where: {
      userId: options.userId,
      revokedAt: null,
      lastSeenAt: { gt: new Date(now.getTime() - DEVICE_IDLE_MS) },
      createdAt: { gt: new Date(now.getTime() - DEVICE_MAX_AGE_MS) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === options.currentDeviceId,
  }));
}

/** Signs one of the user's devices out. False when it is not theirs or already signed out. */
export async function revokeDevice(options: { userId: string; deviceId: string }, now = new Date()): Promise<boolean> {
  const { count } = await db.device.updateMany({ where: { id: options.deviceId, userId: options.userId, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

/** Signs every device of the user out ("sign out everywhere"), or every one but `exceptDeviceId`. */
export async function revokeAllDevices(options: { userId: string; exceptDeviceId?: string | null }, now = new Date()): Promise<number> {
  const { count } = await db.device.updateMany({
    where: { userId: options.userId, revokedAt: null, ...(options.exceptDeviceId ? { id: { not: options.exceptDeviceId } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}

/** Has the user signed in successfully from this address before (within the device lifetime)? */
export async function isKnownAddress(options: { userId: string; address: string | null }, now = new Date()): Promise<boolean> {
  const addressKey = addressKeyOf(options.address);
  if (!addressKey) return false;
  const found = await db.device.findFirst({
    where: { userId: options.userId, addressKey, createdAt: { gt: new Date(now.getTime() - 90 * DAY) } },
    select: { id: true },
  });
  return found !== null;
}
