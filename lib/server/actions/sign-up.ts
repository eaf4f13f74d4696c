"use server";
import { redirect } from "next/navigation";
import { signUpFormSchema } from "@/lib/schemas/auth";
import { action } from "../action";
import { signInWithPassword } from "../auth";
import { db } from "../db";
import { AppError, isAppError } from "../errors";
import { getLocale } from "../i18n";
import { hashPassword } from "../password";

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export const signUpAction = action(signUpFormSchema, async ({ name, email, password, role, next }) => {
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
