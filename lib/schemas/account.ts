// The account's own settings: devices and the password (lib/server/account).
import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from "./auth";
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
