// The reset email, in the account's own language (the one saved with it, not the requester's).
import "server-only";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import type { OutgoingMail } from "../mail/mailer";
import { RESET_TOKEN_TTL_MS } from "./tokens";

export function composeResetEmail(account: { name: string; email: string; locale: string }, link: string): OutgoingMail {
  const locale = isLocale(account.locale) ? account.locale : DEFAULT_LOCALE;
  const t = createTranslator(messages[locale], "auth", locale);
  return {
    to: account.email,
    subject: t("resetEmailSubject"),
    text: t("resetEmailBody", { name: account.name, link, minutes: RESET_TOKEN_TTL_MS / 60_000 }),
  };
}
