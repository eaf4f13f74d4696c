// "Forgot password", step 2: the emailed token and a new password. One transaction uses the token
// up, sets the password, signs every device of the account out and deletes its other tokens, so a
// link works once and an old session never outlives the reset.
import "server-only";
import { passwordAvoidsEmail } from "@/lib/schemas/auth";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import { assertStrongPassword } from "../password-strength";
import { clearSignInFailures, signInThrottleKeys } from "../throttle";
import { consumeResetToken, findResetTokenUser } from "./tokens";

const invalidLink = () => new AppError("INVALID_INPUT", { messageKey: "auth.resetLinkInvalid", fieldErrors: { token: ["auth.resetLinkInvalid"] } });

/** The account a link resets (name and email, for the strength check), or null for a used, expired or unknown link. */
export async function getResetAccount(token: string): Promise<{ name: string; email: string } | null> {
  const found = await findResetTokenUser(db, token);
  if (!found) return null;
  return db.user.findUnique({ where: { id: found.userId }, select: { name: true, email: true } });
}

export async function resetPassword(options: { token: string; password: string }, now = new Date()): Promise<{ signedOut: number }> {
  const found = await findResetTokenUser(db, options.token, now);
  const account = found ? await db.user.findUnique({ where: { id: found.userId }, select: { name: true, email: true } }) : null;
  if (!found || !account) throw invalidLink();
  // The same rules as sign-up; a weak password leaves the link usable for a better one.
  if (!passwordAvoidsEmail({ email: account.email, password: options.password })) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { password: ["auth.passwordContainsEmail"] } });
  }
  assertStrongPassword(options.password, account, "password");
  const passwordHash = await hashPassword(options.password);
  const signedOut = await db.$transaction(async (tx) => {
    if (!(await consumeResetToken(tx, options.token, found.userId, now))) throw invalidLink();
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash }, select: { id: true } });
    const { count } = await tx.device.updateMany({ where: { userId: found.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.passwordResetToken.deleteMany({ where: { userId: found.userId } });
    return count;
  });
  // Strangers' failed sign-ins may have slowed the account down; its owner has just proven
  // themselves through the mailbox.
  await clearSignInFailures(db, signInThrottleKeys({ email: account.email }));
  return { signedOut };
}
