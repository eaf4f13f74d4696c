// The roster invitation email. Its reader usually has no account yet, so their language is not
// known: the message is written in both languages, the teacher's first (the class most likely
// speaks it), the other below, so that every recipient can read it whatever the teacher chose.
import "server-only";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import type { OutgoingMail } from "../mail/mailer";

/** Names typed by people go into a header and a body: no line breaks or other control characters. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

export function composeInvitationEmail(options: { to: string; className: string; teacherName: string; teacherLocale: string; link: string }): OutgoingMail {
  const first = isLocale(options.teacherLocale) ? options.teacherLocale : DEFAULT_LOCALE;
  const locales = [first, ...LOCALES.filter((locale) => locale !== first)];
  const vars = { name: oneLine(options.className), teacher: oneLine(options.teacherName), link: options.link };
  const parts = locales.map((locale) => {
    const t = createTranslator(messages[locale], "manage", locale);
    return { subject: t("inviteEmailSubject", vars), body: t("inviteEmailBody", vars) };
  });
  return {
    to: options.to,
    subject: parts.map((part) => part.subject).join(" / "),
    text: parts.map((part) => part.body).join("\n\n----------\n\n"),
  };
}
