import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "../password";

/** Refuses (a field error on currentPassword) unless `password` is the user's current password. */
export async function verifyCurrentPassword(userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", { messageKey: "auth.currentPasswordWrong", fieldErrors: { currentPassword: ["auth.currentPasswordWrong"] } });
  }
}
