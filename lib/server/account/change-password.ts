import "server-only";
import { db } from "../db";
import { revokeAllDevices } from "../devices";
import { AppError, withDatabase } from "../errors";
import { hashPassword, verifyPassword } from "../password";
import { estimatePasswordStrength } from "../password-strength";

/**
 * Changes the password after checking the current one, and signs out every other device: a
 * password change is what someone does when they fear a cookie or the old password got out.
 * The device the change is made on stays signed in (keepDeviceId).
 */
export async function changePassword(options: { userId: string; currentPassword: string; newPassword: string; keepDeviceId?: string | null }): Promise<{ signedOut: number }> {
  const user = await withDatabase(() => db.user.findUnique({ where: { id: options.userId }, select: { passwordHash: true, name: true, email: true } }));
  if (!user?.passwordHash || !(await verifyPassword(options.currentPassword, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", { messageKey: "auth.currentPasswordWrong", fieldErrors: { currentPassword: ["auth.currentPasswordWrong"] } });
  }
  const strength = estimatePasswordStrength(options.newPassword, [user.name, user.email]);
  if (!strength.strongEnough) throw new AppError("INVALID_INPUT", { fieldErrors: { newPassword: strength.feedback } });
  const passwordHash = await hashPassword(options.newPassword);
  const signedOut = await withDatabase(() =>
    db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: options.userId }, data: { passwordHash }, select: { id: true } });
      const { count } = await tx.device.updateMany({
        where: { userId: options.userId, revokedAt: null, ...(options.keepDeviceId ? { id: { not: options.keepDeviceId } } : {}) },
        data: { revokedAt: new Date() },
      });
      return count;
    }),
  );
  return { signedOut };
}

export { revokeAllDevices };
