"use server";
// Signing up, in and out: the three Server Actions of components/auth.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { signInFormSchema, signUpFormSchema } from "@/lib/schemas/auth";
import { action } from "../action";
import { signInWithPassword, signOut } from "../auth";
import { clientAddressFromHeaders } from "../client-address";
import { db } from "../db";
import { AppError, isAppError } from "../errors";
import { getLocale, getLocaleCookie, setLocaleCookie } from "../i18n";
import { hashPassword } from "../password";
import { estimatePasswordStrength } from "../password-strength";
import { getSignInLock, minutesUntil, recordSignInFailure, signUpThrottleKey } from "../throttle";

export const signInAction = action(signInFormSchema, async ({ email, password, next }) => {
  await signInWithPassword(email, password);
  // A reader who has not picked a language on this browser gets the one saved with the account.
  if (!(await getLocaleCookie())) {
    const account = await db.user.findUnique({ where: { email }, select: { locale: true } });
    if (account && isLocale(account.locale)) await setLocaleCookie(account.locale);
  }
  redirect(next);
});

/**
 * Ends this device's session (lib/server/auth.ts revokes its Device row, so a copy of the cookie
 * stops working too) and clears the cookie. Takes no input, so there is nothing to validate. The
 * form (components/auth/sign-out-form.tsx) then loads the home page afresh.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/**
 * Counts this sign-up against its address and refuses it while the address is paused
 * (SIGN_IN_THROTTLE.signUp: sized for a lecture hall behind one address). Each sign-up costs a
 * full scrypt, and each answer says whether an email is taken (docs/security.md, finding 8).
 */
async function throttleSignUp(): Promise<void> {
  const address = clientAddressFromHeaders(await headers());
  if (!address) return;
  const keys = [signUpThrottleKey(address)];
  const pausedUntil = (await getSignInLock(db, keys)) ?? null;
  if (pausedUntil) throw new AppError("RATE_LIMITED", { messageKey: "auth.signUpPaused", messageVars: { minutes: minutesUntil(pausedUntil) } });
  await recordSignInFailure(db, keys);
}

export const signUpAction = action(signUpFormSchema, async ({ name, email, password, role, next }) => {
  const strength = estimatePasswordStrength(password, [name, email]);
  if (!strength.strongEnough) throw new AppError("INVALID_INPUT", { fieldErrors: { password: strength.feedback } });
  await throttleSignUp();
  const passwordHash = await hashPassword(password);
  try {
    // The account keeps the language the reader signed up in.
    await db.user.create({ data: { name, email, passwordHash, role, locale: await getLocale() }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", { messageKey: "auth.emailTaken", fieldErrors: { email: ["auth.emailTaken"] } });
    }
    throw error;
  }
  try {
    await signInWithPassword(email, password);
  } catch (error) {
    // The account exists; only the automatic sign-in failed (e.g. this address is throttled).
    if (isAppError(error) && error.code !== "DATABASE_UNAVAILABLE") throw new AppError("INTERNAL", { messageKey: "auth.signUpFailed" });
    throw error;
  }
  // A new account has nothing to come back to: a teacher starts on /teach, a student on the home
  // page greeted as new (not "Welcome back"); an explicit ?next= (a join link) still wins.
  redirect(next !== "/" ? next : role === "TEACHER" ? "/teach" : "/?welcome=new");
});
