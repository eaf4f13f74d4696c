"use server";
// The account's Server Actions: its signed-in devices and its password. The account page calls
// them; each acts on the caller's own rows only (the user comes from the session, never the input).
import { z } from "zod";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, revokeDeviceSchema, updateProfileSchema } from "@/lib/schemas/account";
import { authedAction } from "../action";
import { redirect } from "next/navigation";
import { signInWithPassword, signOut } from "../auth";
import { listDevices, revokeAllDevices, revokeDevice } from "../devices";
import { isAppError } from "../errors";
import { getCurrentDeviceId } from "../session";
import { setLocaleCookie } from "../i18n";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { changeEmail, updateProfile } from "./update-profile";

export const listDevicesAction = authedAction(z.object({}), async (_input, { user }) =>
  listDevices({ userId: user.id, currentDeviceId: await getCurrentDeviceId() }),
);

/** Signs one of the caller's devices out; this very device is then signed out here too. */
export const revokeDeviceAction = authedAction(revokeDeviceSchema, async ({ deviceId }, { user }) => {
  const revoked = await revokeDevice({ userId: user.id, deviceId });
  if (revoked && deviceId === (await getCurrentDeviceId())) await signOut({ redirect: false });
  return { revoked };
});

/** "Sign out everywhere": every device of the caller, this one included (the form then loads the home page). */
export const signOutEverywhereAction = authedAction(z.object({}), async (_input, { user }) => {
  const signedOut = await revokeAllDevices({ userId: user.id });
  await signOut({ redirect: false });
  return { signedOut };
});

/**
 * Changes the password and ends every session, this one included; this browser then signs in
 * afresh with the new password (a new device, a new cookie), so the person carries on here while
 * any copy of the old cookie is dead. If that sign-in fails, they sign in again themselves.
 */
export const changePasswordAction = authedAction(changePasswordSchema, async ({ currentPassword, newPassword }, { user }) => {
  const { signedOut } = await changePassword({ userId: user.id, currentPassword, newPassword });
  let signedIn = true;
  try {
    await signInWithPassword(user.email, newPassword);
  } catch (error) {
    if (isAppError(error) && error.code === "DATABASE_UNAVAILABLE") throw error;
    signedIn = false;
  }
  // A redirect, not a re-render: this request still carries the old (now ended) cookie, so only a
  // new request sees the fresh session.
  redirect(signedIn ? `/account?passwordChanged=${signedOut}` : "/signin?next=%2Faccount");
});

/** Name and language; the language is also this browser's (the cookie the switch sets). */
export const updateProfileAction = authedAction(updateProfileSchema, async ({ name, locale }, { user }) => {
  const saved = await updateProfile({ userId: user.id, name, locale });
  await setLocaleCookie(locale);
  return saved;
});

/** A new sign-in email, confirmed by the current password. */
export const changeEmailAction = authedAction(changeEmailSchema, async ({ email, currentPassword }, { user }) =>
  changeEmail({ userId: user.id, email, currentPassword }),
);

/** Deletes the caller's account (lib/server/account/delete-account.ts says what goes with it), then signs out. */
export const deleteAccountAction = authedAction(deleteAccountSchema, async ({ currentPassword }, { user }) => {
  await deleteAccount({ userId: user.id, currentPassword });
  await signOut({ redirectTo: "/" });
});
