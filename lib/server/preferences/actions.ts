"use server";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { action } from "../action";
import { db } from "../db";
import { isDatabaseUnavailable } from "../errors";
import { setLocaleCookie } from "../i18n";
import { getOptionalUser } from "../session";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES, { error: "errors.invalidValue" }) });

/** The language switch: a cookie for this browser, and the account's saved choice when signed in. */
export const setLocaleAction = action(setLocaleSchema, async ({ locale }) => {
  await setLocaleCookie(locale);
  try {
    const user = await getOptionalUser();
    if (user && user.locale !== locale) await db.user.update({ where: { id: user.id }, data: { locale }, select: { id: true } });
  } catch (error) {
    // The switch has worked for this browser; saving it to the account can wait for the database.
    if (!isDatabaseUnavailable(error)) throw error;
  }
  return { locale };
});
