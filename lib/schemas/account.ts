// The account's own settings: devices and the password (lib/server/account).
import { z } from "zod";
import { emailSchema, newPasswordSchema, PASSWORD_MAX_LENGTH } from "./auth";
import { noControlCharacters } from "./text";

export const revokeDeviceSchema = z.object({
  deviceId: z.string({ error: "errors.invalidValue" }).min(1, { error: "errors.invalidValue" }).max(64, { error: "errors.invalidValue" }),
});

export const changePasswordSchema = z
  .object({
    currentPassword: noControlCharacters("auth.passwordRequired")
      .min(1, { error: "auth.passwordRequired" })
      .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
    newPassword: newPasswordSchema,
  })
  .refine(({ currentPassword, newPassword }) => currentPassword !== newPassword, { error: "auth.passwordUnchanged", path: ["newPassword"] });

const currentPasswordField = noControlCharacters("auth.passwordRequired")
  .min(1, { error: "auth.passwordRequired" })
  .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" });

/** Name and language: the profile part of the account page. */
export const updateProfileSchema = z.object({
  name: noControlCharacters("auth.nameRequired").trim().min(1, { error: "auth.nameRequired" }).max(80, { error: "auth.nameTooLong" }),
  locale: z.enum(["en", "zh"], { error: "errors.invalidValue" }),
});

/** A new email address, confirmed by the current password. */
export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: currentPasswordField });

/** Deleting the account: confirmed by the current password. */
export const deleteAccountSchema = z.object({ currentPassword: currentPasswordField });
