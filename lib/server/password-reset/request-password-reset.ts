// "Forgot password", step 1. The answer never depends on whether the email has an account: the
// same message, the same throttle (counted per email whatever it is), the same database reads;
// the token and the email are made after the response (the action hands `deliver` to next's
// after()), so not even the response time tells.
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { appLink, isEmailConfigured, sendMail } from "../mail/mailer";
import { getSignInLock, minutesUntil, passwordResetThrottleKeys, recordSignInFailure } from "../throttle";
import { composeResetEmail } from "./reset-email";
import { createResetToken } from "./tokens";

export interface PasswordResetRequest {
  /** Makes the token and sends the email; a no-op when the email has no account. Never throws. */
  deliver: () => Promise<void>;
}

export async function requestPasswordReset(options: { email: string; address: string | null }): Promise<PasswordResetRequest> {
  if (!isEmailConfigured()) throw new AppError("INTERNAL", { messageKey: "auth.forgotUnavailable" });
  const keys = passwordResetThrottleKeys({ email: options.email, ip: options.address });
  const pausedUntil = await getSignInLock(db, keys);
  if (pausedUntil) throw new AppError("RATE_LIMITED", { messageKey: "auth.resetPaused", messageVars: { minutes: minutesUntil(pausedUntil) } });
  await recordSignInFailure(db, keys);
  const account = await db.user.findUnique({
    where: { email: options.email },
    select: { id: true, name: true, email: true, locale: true, passwordHash: true },
  });
  return {
    deliver: async () => {
      // An account without a password (made through another provider) has nothing to reset.
      if (!account?.passwordHash) return;
      try {
        const token = await createResetToken(db, account.id);
        await sendMail(composeResetEmail(account, appLink(`/reset-password?token=${token}`)));
      } catch (error) {
        // The person was already told "if it has an account, a link is on its way": the operator
        // learns from the log (docs/deploy.md, "Email").
        console.error("Sending a password-reset email failed", error);
      }
    },
  };
}
