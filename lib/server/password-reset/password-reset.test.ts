// "Forgot password" against the real PostgreSQL of the vitest setup and a real SMTP server (the
// `smtp-server` sink): the mail leaves through Nodemailer as in production.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The environment is read when lib/server/env loads, so the SMTP settings come first; the sink
// then listens on the port named here.
const SMTP_PORT = vi.hoisted(() => {
  const port = 20_000 + (process.pid % 20_000);
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_FROM: "Handshake <no-reply@handshake.test>",
    APP_URL: "https://handshake.school.example",
  });
  return port;
});

import { resetLinkIn, startSmtpSink, type SmtpSink } from "@/scripts/test/smtp-sink";
import { db } from "../db";
import { checkDevice, createDevice } from "../devices";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../password";
import { SIGN_IN_THROTTLE } from "../throttle";
import { requestPasswordReset } from "./request-password-reset";
import { getResetAccount, resetPassword } from "./reset-password";
import { createResetToken, hashResetToken, RESET_TOKEN_TTL_MS } from "./tokens";

const OLD_PASSWORD = "an old password nobody guesses";
const NEW_PASSWORD = "violet lanterns drift over quiet harbours";
let sink: SmtpSink;
const users: string[] = [];

beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
  await sink.stop();
});

async function account(locale = "en") {
  const row = await db.user.create({
    data: { name: "Reset Tester", email: `reset-${crypto.randomUUID()}@example.com`, passwordHash: await hashPassword(OLD_PASSWORD), locale },
    select: { id: true, email: true },
  });
  users.push(row.id);
  return row;
}

/** A request from its own address, so that the address throttle stays out of the way. */
const request = (email: string) => requestPasswordReset({ email, address: `198.51.100.${Math.floor(Math.random() * 250)}` });

describe("requesting a reset", () => {
  it("emails the account a link to APP_URL whose token is stored only as a hash, valid for 30 minutes", { timeout: 60_000 }, async () => {
    const { id, email } = await account();
    await (await request(email)).deliver();
    const mail = await sink.takeMail(email);
    expect(mail.subject).toBe("Choose a new Handshake password");
    expect(mail.from?.text).toContain("no-reply@handshake.test");
    const link = resetLinkIn(mail);
    expect(link.origin).toBe("https://handshake.school.example");
    const token = link.searchParams.get("token")!;
    const [row] = await db.passwordResetToken.findMany({ where: { userId: id } });
    expect(row?.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(await getResetAccount(token)).toEqual({ name: "Reset Tester", email });
  });

  it("writes the email in the account's own language", { timeout: 60_000 }, async () => {
    const { email } = await account("zh");
    await (await request(email)).deliver();
    const mail = await sink.takeMail(email);
    expect(mail.subject).toBe("设置新的 Handshake 密码");
    expect(mail.text).toContain("30 分钟内");
  });

  it("answers an unknown email exactly as a known one, and sends nothing", async () => {
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const answer = await request(unknown);
    expect(Object.keys(answer)).toEqual(["deliver"]);
    await answer.deliver();
    expect(await db.passwordResetToken.count({ where: { user: { email: unknown } } })).toBe(0);
    expect(sink.pending(unknown)).toEqual([]);
  });

  it("pauses an email after five requests, whether or not it has an account", { timeout: 60_000 }, async () => {
    const { email } = await account();
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    for (const address of [email, unknown]) {
      for (let i = 0; i < SIGN_IN_THROTTLE.resetEmail.maxFailures; i++) await request(address);
      await expect(request(address)).rejects.toMatchObject({ code: "RATE_LIMITED", messageKey: "auth.resetPaused" });
    }
  });
});

describe("resetting the password", () => {
  it("refuses a weak password and keeps the link; a strong one changes the password, ends every device and uses the link up", { timeout: 90_000 }, async () => {
    const { id, email } = await account();
    const laptop = await createDevice({ userId: id, userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/130.0 Safari/537.36" });
    const phone = await createDevice({ userId: id, userAgent: "Mozilla/5.0 (iPhone) Version/17.0 Mobile Safari/604.1" });
    const token = await createResetToken(db, id);
    const other = await createResetToken(db, id);

    await expect(resetPassword({ token, password: "letmeinnow1" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { password: expect.any(Array) },
    });
    await expect(resetPassword({ token, password: `${email.split("@")[0]}-and-more` })).rejects.toMatchObject({
      fieldErrors: { password: ["auth.passwordContainsEmail"] },
    });
    expect(await getResetAccount(token)).not.toBeNull();

    expect(await resetPassword({ token, password: NEW_PASSWORD })).toEqual({ signedOut: 2 });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, passwordHash!)).toBe(true);
    expect(await checkDevice(laptop)).toBeNull();
    expect(await checkDevice(phone)).toBeNull();

    // Single use, and the account's other links die with it.
    await expect(resetPassword({ token, password: "another strong passphrase 81" })).rejects.toMatchObject({ messageKey: "auth.resetLinkInvalid" });
    await expect(resetPassword({ token: other, password: "another strong passphrase 81" })).rejects.toMatchObject({ messageKey: "auth.resetLinkInvalid" });
    expect(await getResetAccount(token)).toBeNull();
    expect(await db.passwordResetToken.count({ where: { userId: id } })).toBe(0);
  });

  it("two submits of one link at once: exactly one resets", { timeout: 90_000 }, async () => {
    const { id } = await account();
    const token = await createResetToken(db, id);
    const results = await Promise.allSettled([
      resetPassword({ token, password: NEW_PASSWORD }),
      resetPassword({ token, password: "a different long passphrase 9" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
  });

  it("refuses an expired link, and a made-up one", { timeout: 60_000 }, async () => {
    const { id } = await account();
    const created = new Date(Date.now() - RESET_TOKEN_TTL_MS - 1000);
    const token = await createResetToken(db, id, created);
    expect(await getResetAccount(token)).toBeNull();
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ messageKey: "auth.resetLinkInvalid" });
    // Valid just before it expires.
    const fresh = await createResetToken(db, id, new Date(Date.now() - RESET_TOKEN_TTL_MS + 60_000));
    expect(await getResetAccount(fresh)).not.toBeNull();
    await expect(resetPassword({ token: "A".repeat(43), password: NEW_PASSWORD })).rejects.toMatchObject({ messageKey: "auth.resetLinkInvalid" });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    expect(await verifyPassword(OLD_PASSWORD, passwordHash!)).toBe(true);
  });
});
