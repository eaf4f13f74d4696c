"use server";
import { signOut } from "../auth";

/**
 * Ends this device's session (lib/server/auth.ts revokes its Device row, so a copy of the cookie
 * stops working too) and clears the cookie. Takes no input, so there is nothing to validate. The
 * form (components/auth/sign-out-form.tsx) then loads the home page afresh.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
}
