// "Forgot password": the request (an email) and the reset (the emailed token and a new password).
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "./auth";

export const requestPasswordResetSchema = z.object({ email: emailSchema });

/** The token is checked against the database; here only its shape (base64url of 32 bytes). */
export const resetPasswordSchema = z.object({
  token: z.string({ error: "auth.resetLinkInvalid" }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "auth.resetLinkInvalid" }),
  password: newPasswordSchema,
});
