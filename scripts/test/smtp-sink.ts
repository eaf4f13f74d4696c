// A real SMTP server for tests (the `smtp-server` package), keeping every message it is sent:
// the app's mail goes through Nodemailer and the network as in production, never a mock of the
// mailer. Used by the password-reset and roster-invitation tests (integration and e2e).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lower case. */
  to: string[];
  mail: ParsedMail;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** The first message to `address` not taken before; waits for it (at most `timeoutMs`). */
  takeMail(address: string, timeoutMs?: number): Promise<ParsedMail>;
  /** Messages to `address` that arrived and were not taken. */
  pending(address: string): ParsedMail[];
  stop(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Recipients the server refuses at RCPT TO with a 550, as a real server does an unknown mailbox. */
  refuse?: (address: string) => boolean;
}

export async function startSmtpSink(port = 0, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address.toLowerCase())) {
        return callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), mail });
          for (const listener of listeners) listener();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const forAddress = (address: string) => received.filter((entry) => !taken.has(entry) && entry.to.includes(address.toLowerCase()));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    pending: (address) => forAddress(address).map((entry) => entry.mail),
    takeMail(address, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const entry = forAddress(address)[0];
          if (!entry) return false;
          taken.add(entry);
          listeners.delete(check);
          clearTimeout(timer);
          resolve(entry.mail);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`No mail to ${address} within ${timeoutMs} ms (received: ${received.length})`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The reset link in a reset email's text. */
export function resetLinkIn(mail: ParsedMail): URL {
  const match = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? "");
  if (!match) throw new Error(`No reset link in: ${mail.text}`);
  return new URL(match[0]);
}
