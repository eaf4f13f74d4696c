import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyCurrentPassword } from "./verify-current-password";

/** Saves the user's own name and language. */
export async function updateProfile(options: { userId: string; name: string; locale: Locale }): Promise<{ name: string; locale: Locale }> {
  await db.user.update({ where: { id: options.userId }, data: { name: options.name, locale: options.locale }, select: { id: true } });
  return { name: options.name, locale: options.locale };
}

/** Changes the user's sign-in email after checking the current password; a taken address is refused. */
export async function changeEmail(options: { userId: string; email: string; currentPassword: string }): Promise<{ email: string }> {
  await verifyCurrentPassword(options.userId, options.currentPassword);
  try {
    // A reset link sent to the old address must not outlive the change.
    await db.$transaction([
      db.user.update({ where: { id: options.userId }, data: { email: options.email }, select: { id: true } }),
      db.passwordResetToken.deleteMany({ where: { userId: options.userId } }),
    ]);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      throw new AppError("INVALID_INPUT", { messageKey: "account.emailTaken", fieldErrors: { email: ["account.emailTaken"] } });
    }
    throw error;
  }
  return { email: options.email };
}
