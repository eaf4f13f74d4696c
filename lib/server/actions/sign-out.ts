"use server";
import { signOut } from "../auth";

/** Clears the session cookie and goes home. Takes no input, so there is nothing to validate. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
