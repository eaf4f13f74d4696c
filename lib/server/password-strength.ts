// The server's verdict on a new password (sign-up, password change, reset). The estimator itself
// is shared with the password fields' live feedback: lib/password-strength/estimate.ts.
import "server-only";
import { estimatePasswordStrength } from "@/lib/password-strength/estimate";
import { AppError } from "./errors";

export { estimatePasswordStrength, MIN_PASSWORD_SCORE, type PasswordStrength } from "@/lib/password-strength/estimate";

/** Refuses a guessable password with zxcvbn's feedback as the field's messages; account is the person's name and email. */
export function assertStrongPassword(password: string, account: { name: string; email: string }, field: string): void {
  const strength = estimatePasswordStrength(password, [account.name, account.email]);
  if (!strength.strongEnough) throw new AppError("INVALID_INPUT", { fieldErrors: { [field]: strength.feedback } });
}
