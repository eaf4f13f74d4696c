// Outgoing email through the SMTP server the deployment names (SMTP_* in lib/server/env-schema.ts,
// docs/deploy.md "Email"), with Nodemailer. Without SMTP_HOST the app sends no email at all, and
// the pages that would (forgot password) say so instead.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Whether this deployment can send email. */
export function isEmailConfigured(): boolean {
  return Boolean(env.SMTP_HOST && env.SMTP_FROM && env.APP_URL);
}

let transporter: Transporter | undefined;
function getTransporter(): Transporter {
  transporter ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    // Implicit TLS when asked for (or on 465); otherwise STARTTLS whenever the server offers it.
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === "true" : env.SMTP_PORT === 465,
    ...(env.SMTP_USER && env.SMTP_PASSWORD ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } } : {}),
    // A slow or silent server must not hold a request's work for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}

/** Sends one plain-text message; throws when email is off or the server refuses it. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  if (!isEmailConfigured()) throw new Error("Email is not configured (SMTP_HOST, SMTP_FROM, APP_URL)");
  await getTransporter().sendMail({ from: env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

/** An absolute link into the app, on the configured APP_URL (never the request's Host header). */
export function appLink(path: string): string {
  if (!env.APP_URL) throw new Error("APP_URL is not set");
  return new URL(path, env.APP_URL).toString();
}
