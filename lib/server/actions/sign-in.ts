"use server";
import { redirect } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { signInFormSchema } from "@/lib/schemas/auth";
import { action } from "../action";
import { signInWithPassword } from "../auth";
import { db } from "../db";
import { getLocaleCookie, setLocaleCookie } from "../i18n";

export const signInAction = action(signInFormSchema, async ({ email, password, next }) => {
  await signInWithPassword(email, password);
  // A reader who has not picked a language on this browser gets the one saved with the account.
  if (!(await getLocaleCookie())) {
    const account = await db.user.findUnique({ where: { email }, select: { locale: true } });
    if (account && isLocale(account.locale)) await setLocaleCookie(account.locale);
  }
  redirect(next);
});
