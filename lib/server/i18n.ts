// The reader's language on the server: the hs-locale cookie (set by the language switch and at
// sign-in from the account's saved choice), else the browser's Accept-Language.
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { messages, type Messages, type Namespace } from "@/lib/i18n/messages";
import { localeFromAcceptLanguage } from "@/lib/i18n/negotiate";
import { createTranslator, translateReference, type MessageVars, type Translator } from "@/lib/i18n/translate";

/** The locale the reader chose on this browser, if any. */
export async function getLocaleCookie(): Promise<Locale | null> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : null;
}

export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = await getLocaleCookie();
  if (chosen) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export async function getMessages(): Promise<Messages> {
  return messages[await getLocale()];
}

/** `const t = await getT("nav"); t("signOut")` in Server Components, actions and route handlers. */
export async function getT<N extends Namespace>(namespace: N): Promise<Translator<N>> {
  return createTranslator(await getMessages(), namespace, await getLocale());
}

/** Translates a "namespace.key" reference (from a zod issue or an AppError), or returns the fallback's text. */
export async function translateMessageReference(reference: string, vars?: MessageVars, fallback = "errors.unexpected"): Promise<string> {
  const table = await getMessages();
  const locale = await getLocale();
  return translateReference(table, reference, vars, locale) ?? translateReference(table, fallback, undefined, locale) ?? reference;
}

/** Sets the locale cookie for a year. Only in Server Actions and route handlers. */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
