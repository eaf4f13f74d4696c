// Integration test of the session read (`auth` in lib/server/auth.ts) against the real PostgreSQL
// database of the vitest global setup: the cookie decrypted with Auth.js's decode, then its device
// checked. The request's headers are those next/headers would give a Server Component.
import { encode } from "next-auth/jwt";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "../security/session-cookie";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, set: () => {} }) }));

const { auth } = await import("./auth");
const { db } = await import("./db");
const { createDevice, revokeDevice } = await import("./devices");

const users: string[] = [];
afterAll(async () => {
  await db.device.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

async function signedIn(): Promise<{ userId: string; deviceId: string }> {
  const { id } = await db.user.create({ data: { name: "Auth test", email: `auth-${crypto.randomUUID()}@example.com`, role: "TEACHER" }, select: { id: true } });
  users.push(id);
  return { userId: id, deviceId: await createDevice({ userId: id }) };
}

/** A request carrying this token as Auth.js writes it after a sign-in. */
async function withCookie(token: Record<string, unknown>, options: { maxAge?: number } = {}): Promise<void> {
  const value = await encode({ token, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE, ...options });
  request.headers = new Headers({ cookie: `${SESSION_COOKIE}=${value}`, "x-forwarded-proto": "http" });
}

// `auth` is cached per request (React cache); outside a request every call reads afresh.
describe("auth", () => {
  beforeEach(() => {
    request.headers = new Headers({ "x-forwarded-proto": "http" });
  });

  it("is the token's user and device while the device is signed in", async () => {
    const { userId, deviceId } = await signedIn();
    await withCookie({ sub: userId, id: userId, role: "TEACHER", sid: deviceId, name: "Auth test", email: "a@example.com" });
    expect(await auth()).toMatchObject({ user: { id: userId, role: "TEACHER", name: "Auth test", email: "a@example.com" }, deviceId });
  });

  it("is null once the device is signed out: a copy of the cookie no longer works", async () => {
    const { userId, deviceId } = await signedIn();
    await withCookie({ sub: userId, id: userId, role: "TEACHER", sid: deviceId });
    expect(await auth()).not.toBeNull();
    await revokeDevice({ userId, deviceId });
    expect(await auth()).toBeNull();
  });

  it("is null without a device, with another user's device, for an expired token and without a cookie", async () => {
    const { userId, deviceId } = await signedIn();
    const other = await signedIn();
    await withCookie({ sub: userId, id: userId, role: "TEACHER" });
    expect(await auth()).toBeNull();
    await withCookie({ sub: userId, id: userId, role: "TEACHER", sid: other.deviceId });
    expect(await auth()).toBeNull();
    await withCookie({ sub: userId, id: userId, role: "TEACHER", sid: deviceId }, { maxAge: -60 });
    expect(await auth()).toBeNull();
    request.headers = new Headers({ "x-forwarded-proto": "http" });
    expect(await auth()).toBeNull();
  });
});
