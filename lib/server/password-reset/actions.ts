"use server";
// "Forgot password": anyone may call both (there is no session to check); what protects them is
// the throttle (request) and the single-use, short-lived emailed token (reset).
import { after } from "next/server";
import { headers } from "next/headers";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/schemas/password-reset";
import { action } from "../action";
import { clientAddressFromHeaders } from "../client-address";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

/** Always the same answer for an email with and without an account (the form words it "if"). */
export const requestPasswordResetAction = action(requestPasswordResetSchema, async ({ email }) => {
  const request = await requestPasswordReset({ email, address: clientAddressFromHeaders(await headers()) });
  after(request.deliver);
  return { email };
});

/** Sets the new password and signs every device out; the page then asks to sign in. */
export const resetPasswordAction = action(resetPasswordSchema, async ({ token, password }) => resetPassword({ token, password }));
