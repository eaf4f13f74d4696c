// Auth.js (next-auth v5): email + password through the credentials provider, JWT sessions.
// Every attempt is throttled per account and per client address (lib/server/throttle.ts).
import "server-only";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import { getToken } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { signInSchema } from "@/lib/schemas/auth";
import { authConfig } from "./auth.config";
import { clientAddressFromHeaders } from "./client-address";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "./db";
import { env } from "./env";
import { AppError, rethrowDatabaseUnavailable } from "./errors";
import { hashPassword, verifyPassword } from "./password";
import { clearSignInFailures, getSignInLock, minutesUntil, recordSignInFailure, signInThrottleKeys } from "./throttle";

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

async function authorizeCredentials(credentials: unknown, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentialsError();
  const { email, password } = parsed.data;

  const keys = signInThrottleKeys({ email, ip: clientAddressFromHeaders(request.headers) });
  const lockedUntil = await getSignInLock(db, keys);
  if (lockedUntil) throw new SignInLockedError(lockedUntil);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await getDecoyHash()));
  if (!user || !user.passwordHash || !passwordMatches) {
    const nowLockedUntil = await recordSignInFailure(db, keys);
    if (nowLockedUntil) throw new SignInLockedError(nowLockedUntil);
    throw new InvalidCredentialsError();
  }

  await clearSignInFailures(db, keys[0]!);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
});

export const { handlers, signIn, signOut } = nextAuth;

const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * The session from the JWT cookie, read once per request: decrypted only. Auth.js's own `auth()`
 * in a Server Component runs its whole session endpoint: it decrypts the cookie, re-encrypts it
 * with a new expiry and makes a CSRF token, then throws the cookies away (a Server Component cannot
 * set any): about a third of the session's CPU cost per page, for nothing (issue 12). The rolling
 * refresh of the cookie still happens in proxy.ts, which can set it. Same result as `auth()`: the
 * token's user with the id and role the jwt callback put there, or null (no cookie, a cookie this
 * AUTH_SECRET did not make, or an expired one).
 */
export const auth = cache(async (): Promise<Session | null> => {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  // Behind HTTPS Auth.js names the cookie __Secure-...; it may be split into .0, .1 chunks.
  const secureCookie = cookieStore.getAll().some((cookie) => cookie.name.startsWith(SECURE_SESSION_COOKIE));
  const token = await getToken({ req: { headers: requestHeaders }, secret: env.AUTH_SECRET, secureCookie, salt: secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE });
  if (!token?.id || !token.exp) return null;
  return {
    user: { id: token.id, role: token.role as Role, name: token.name, email: token.email ?? "", image: token.picture },
    expires: new Date(token.exp * 1000).toISOString(),
  };
});

function isCredentialsError(error: unknown): error is CredentialsSignin {
  return error instanceof CredentialsSignin;
}

/**
 * Signs in from a Server Action (sets the session cookie), turning Auth.js's errors into
 * AppErrors the action builder can show: wrong credentials, a lock with its remaining minutes,
 * or a database outage.
 */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLockedError) {
      throw new AppError("RATE_LIMITED", { messageKey: "auth.locked", messageVars: { minutes: minutesUntil(error.lockedUntil) } });
    }
    if (isCredentialsError(error)) throw new AppError("INVALID_INPUT", { messageKey: "auth.invalidCredentials" });
    rethrowDatabaseUnavailable(error);
  }
}
