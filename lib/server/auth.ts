// Auth.js (next-auth v5): email + password through the credentials provider, JWT sessions backed
// by a Device row per sign-in (lib/server/devices.ts): the JWT carries the device's id, and every
// request checks that device once, so sign-out really ends a session. Every attempt is throttled
// (lib/server/throttle.ts): strangers' attempts per account (a slowdown, never a lock) and per
// address; attempts from a browser or address the account has signed in from before, apart.
import "server-only";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { signInSchema } from "@/lib/schemas/auth";
import { authConfig } from "./auth.config";
import { isAuthErrorUrl } from "../security/auth-error-url";
import { readSessionToken } from "../security/session-cookie";
import { clientAddressFromHeaders } from "./client-address";
import { db } from "./db";
import { addressKeyOf, createDevice, getActiveDevice, isKnownAddress, revokeDevice } from "./devices";
import { env } from "./env";
import { AppError, isDatabaseUnavailable, rethrowDatabaseUnavailable } from "./errors";
import { isKnownDevice, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, readCookie, rememberKnownDevice } from "./known-device";
import { hashPassword, verifyPassword } from "./password";
import { clearSignInFailures, getSignInLock, knownPlaceThrottleKey, minutesUntil, recordSignInFailure, secondsUntil, signInThrottleKeys } from "./throttle";

/** Wrong email, wrong password or malformed input: deliberately the same answer for all three. */
export class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid_credentials";
}

export class SignInLockedError extends CredentialsSignin {
  code = "locked";
  constructor(readonly lockedUntil: Date) {
    super();
  }
}

// Checked against when the email matches no account, so that "no such user" takes as long as
// "wrong password" and response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}

/**
 * Where the attempt comes from, as far as the account is concerned: this browser signed in to it
 * before ("device"), or this address did ("address:<hmac>"), or neither (null: a stranger).
 * The address query runs for unknown emails too, so that both take the same path.
 */
async function knownPlaceOf(userId: string | undefined, request: Request, address: string | null): Promise<string | null> {
  if (userId && isKnownDevice(readCookie(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE), userId, env.AUTH_SECRET)) return "device";
  const knownAddress = await isKnownAddress({ userId: userId ?? "", address });
  return userId && knownAddress ? `address:${addressKeyOf(address)}` : null;
}

/** Marks this browser as known to the account (where cookies can be set: actions and route handlers). */
async function rememberThisBrowser(request: Request, userId: string): Promise<void> {
  try {
    const value = rememberKnownDevice(readCookie(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE), userId, env.AUTH_SECRET);
    (await cookies()).set(KNOWN_DEVICE_COOKIE, value, {
      path: "/",
      maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
      httpOnly: true,
      sameSite: "lax",
      secure: request.url.startsWith("https:"),
    });
  } catch {
    // Not a context that can set cookies: the browser stays unknown, nothing else changes.
  }
}

async function authorizeCredentials(credentials: unknown, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentialsError();
  const { email, password } = parsed.data;
  const address = clientAddressFromHeaders(request.headers);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true },
  });
  const knownPlace = await knownPlaceOf(user?.id, request, address);
  const keys = user && knownPlace ? [knownPlaceThrottleKey(user.id, knownPlace)] : signInThrottleKeys({ email, ip: address });
  const lockedUntil = await getSignInLock(db, keys);
  if (lockedUntil) throw new SignInLockedError(lockedUntil);

  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await getDecoyHash()));
  if (!user || !user.passwordHash || !passwordMatches) {
    const nowLockedUntil = await recordSignInFailure(db, keys);
    if (nowLockedUntil) throw new SignInLockedError(nowLockedUntil);
    throw new InvalidCredentialsError();
  }

  // The count of this account (or this known place) starts again; an address's count is kept on
  // purpose, so that one good password does not reset an address guessing at other accounts.
  await clearSignInFailures(
    db,
    keys.filter((key) => !key.startsWith("ip:")),
  );
  const deviceId = await createDevice({ userId: user.id, userAgent: request.headers.get("user-agent"), address });
  await rememberThisBrowser(request, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, deviceId };
}

/**
 * Whether the token's device is still signed in (not signed out, not idle or too old, and the
 * token's user's, who still exists). A token without a device (made before devices existed) is no
 * session.
 */
async function isDeviceSignedIn(token: JWT): Promise<boolean> {
  if (!token.sid || !token.id) return false;
  try {
    const user = await getActiveDevice(token.sid);
    return user !== null && user.id === token.id;
  } catch (error) {
    // The database is down: keep the session (signing everyone out for an outage would be
    // worse). Pages and actions fail on their own database reads; getOptionalUser asks
    // getActiveDevice again, which rethrows this request's failure (React cache).
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user) return token;
      return (await isDeviceSignedIn(token)) ? token : null;
    },
  },
  events: {
    // Sign-out (the form's action and /api/auth/signout) ends this device for good, so a copy
    // of the cookie taken before no longer works.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.id) await revokeDevice({ userId: token.id, deviceId: token.sid });
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The session, read once per request (React cache): the JWT cookie decrypted with Auth.js's own
 * decode and its device checked, nothing more. Auth.js's `auth()` ran its whole session endpoint
 * here: the same decrypt and callbacks, then the cookie encrypted again with a new expiry and a
 * CSRF token made, both thrown away (a Server Component cannot set cookies). The device check is
 * what makes a decrypt-only read safe: a copy of a signed-out cookie finds its device revoked.
 * `/api/auth/session` still goes through Auth.js, with the same check in the jwt callback.
 */
export const auth = cache(async (): Promise<Session | null> => {
  const token = await readSessionToken(await headers(), env.AUTH_SECRET);
  if (!token?.id || !token.sid || !(await isDeviceSignedIn(token))) return null;
  return {
    user: { id: token.id, role: token.role!, name: token.name, email: token.email ?? "", image: token.picture },
    deviceId: token.sid,
    expires: new Date((token.exp ?? 0) * 1000).toISOString(),
  };
});

function isCredentialsError(error: unknown): error is CredentialsSignin {
  return error instanceof CredentialsSignin;
}

/**
 * Signs in from a Server Action (sets the session cookie), turning Auth.js's errors into
 * AppErrors the action builder can show: wrong credentials, a pause with its remaining time, a
 * failure Auth.js reported as an error URL, or a database outage.
 */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  let result: unknown;
  try {
    result = await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLockedError) {
      const seconds = secondsUntil(error.lockedUntil);
      if (seconds < 60) throw new AppError("RATE_LIMITED", { messageKey: "auth.slowDown", messageVars: { seconds } });
      throw new AppError("RATE_LIMITED", { messageKey: "auth.locked", messageVars: { minutes: minutesUntil(error.lockedUntil) } });
    }
    if (isCredentialsError(error)) throw new AppError("INVALID_INPUT", { messageKey: "auth.invalidCredentials" });
    rethrowDatabaseUnavailable(error);
  }
  // Auth.js reports some failures (a malformed callback cookie, a configuration problem) by
  // answering with an error URL instead of throwing: that is a failed sign-in, not a success.
  if (isAuthErrorUrl(result)) throw new AppError("INTERNAL", { messageKey: "auth.signInFailed" });
}
