// Auth.js (next-auth v5): email + password through the credentials provider, JWT sessions.
// Every attempt is throttled per account and per client address (lib/server/throttle.ts).
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { signInSchema } from "@/lib/schemas/auth";
import { authConfig } from "./auth.config";
import { clientAddressFromHeaders } from "./client-address";
import { db } from "./db";
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

/** The session from the JWT cookie, read once per request. */
export const auth = cache(() => nextAuth.auth());

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
