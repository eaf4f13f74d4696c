import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../password";
import { assertStrongPassword } from "../password-strength";

/**
 * Changes the password after checking the current one, and ends every session of the account,
 * the one the change is made on included (issue 13: "a password change ends all of them"): a
 * password change is what someone does when they fear a cookie or the old password got out, and
 * a copy of this very browser's cookie is no exception. Outstanding reset links die with the old
 * password too. The action then gives this browser a fresh session (changePasswordAction).
 */
export async function changePassword(
  options: { userId: string; currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<{ signedOut: number }> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { passwordHash: true, name: true, email: true } });
  if (!user?.passwordHash || !(await verifyPassword(options.currentPassword, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", { messageKey: "auth.currentPasswordWrong", fieldErrors: { currentPassword: ["auth.currentPasswordWrong"] } });
  }
  assertStrongPassword(options.newPassword, user, "newPassword");
  const passwordHash = await hashPassword(options.newPassword);
  const signedOut = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.userId }, data: { passwordHash }, select: { id: true } });
    const { count } = await tx.device.updateMany({ where: { userId: options.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.passwordResetToken.deleteMany({ where: { userId: options.userId } });
    return count;
  });
  return { signedOut };
}
