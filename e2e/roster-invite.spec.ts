// Roster invitations sent by email (issue 17), end to end: a production server of the spec's own
// sends through Nodemailer to a real SMTP server started here (the `smtp-server` sink,
// scripts/test/smtp-sink.ts), never a mock of the mailer. The run's own server has no SMTP_HOST:
// e2e/teach-manage.spec.ts checks that its form says sending is not configured.
import { randomBytes, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { startSmtpSink, type SmtpSink } from "../scripts/test/smtp-sink";
import { formatJoinCode } from "../lib/teach/join-code";
import { expect, test, type TestUser } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { type AppInstance, freePort, newAuthSecret, startAppInstance } from "./support/app-instance";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];
const refuse = (address: string) => address.startsWith("bounce-");
let sink: SmtpSink;
let app: AppInstance;

function seedClass(db: Db, teacher: TestUser, name: string, students: TestUser[] = []) {
  const joinCode = Array.from(randomBytes(8), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");
  return db.classroom.create({ data: { teacherId: teacher.id, name, joinCode, members: { create: students.map((s) => ({ studentId: s.id })) } } });
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  sink = await startSmtpSink(0, { refuse });
  const port = await freePort();
  app = await startAppInstance({
    databaseUrl: process.env.E2E_DATABASE_URL!,
    authSecret: newAuthSecret(),
    port,
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(sink.port), SMTP_FROM: "Handshake <no-reply@handshake.test>", APP_URL: `http://127.0.0.1:${port}` },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await sink?.stop();
});

async function browserOn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });
  return context.newPage();
}

test("a teacher emails a roster the join link: sent, refused by the server, skipped; the mail names the class and the teacher and its link opens the class", async ({
  browser,
  createUser,
  signIn,
  db,
}) => {
  const teacher: TestUser = await createUser({ role: "TEACHER", name: "Ms Sender" });
  const ada = await createUser({ name: "Ada Member" });
  const classroom = await seedClass(db, teacher, "Networks by mail", [ada]);
  const { joinCode } = classroom;
  const invited = `new-${randomUUID().slice(0, 8)}@example.com`;
  const bounced = `bounce-${randomUUID().slice(0, 8)}@example.com`;

  const page = await browserOn(browser);
  await signIn(page, teacher);
  await page.goto(`/teach/classes/${classroom.id}`);
  await expect(page.getByText("send each address an email with the class name, your name and the join link")).toBeVisible();
  const list = `${ada.email}\nnot an email\n${invited}\n${bounced}\n${invited.toUpperCase()}`;
  await page.getByLabel("Email addresses").fill(list);
  await page.getByRole("button", { name: "Send invitations" }).click();

  const result = page.getByTestId("invitations-sent");
  await expect(result.getByText("1 invitation sent.")).toBeVisible();
  await expect(result.getByRole("alert").filter({ hasText: "The mail server did not accept 1 invitation:" })).toContainText(bounced);
  await expect(result.getByText("1 address is already in the class and was not emailed.")).toBeVisible();
  await expect(result.getByText("299 invitations left for the next 24 hours.")).toBeVisible();
  await expect(page.getByText("Line 2: not an email (no email address)")).toBeVisible();
  await expect(page.getByText("1 repeated address was listed once.")).toBeVisible();
  await expectNoSeriousViolations(page, "class page after sending");

  const mail = await sink.takeMail(invited);
  expect(mail.subject).toBe("Ms Sender invites you to the class Networks by mail on Handshake / Ms Sender 邀请你加入 Handshake 上的班级 Networks by mail");
  const link = `${app.url}/classes/join/${formatJoinCode(joinCode)}`;
  expect(mail.text).toContain(link);
  expect(mail.text).toContain("Ms Sender 邀请你加入 Handshake 上的班级 Networks by mail");
  expect(sink.pending(ada.email)).toEqual([]);
  expect(sink.pending(bounced)).toEqual([]);
  expect(await db.rosterInvitationEmail.count({ where: { teacherId: teacher.id } })).toBe(1);

  // The link, opened by the invited person (signed out), names the class.
  const guest = await browserOn(browser);
  await guest.goto(link.replace(app.url, ""));
  await expect(guest.getByText("Networks by mail").first()).toBeVisible();
  await guest.context().close();

  // The same list again: nobody is emailed twice the same day.
  await page.getByLabel("Email addresses").fill(invited);
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(result.getByText("No invitation was sent.")).toBeVisible();
  await expect(result.getByText("1 address was invited to this class in the last 24 hours and was not emailed again.")).toBeVisible();
  expect(sink.pending(invited)).toEqual([]);
  await page.context().close();
});

test("with the mail server down the teacher is told that nothing was sent, and nothing counts against the limit", async ({
  browser,
  createUser,
  signIn,
  db,
}) => {
  const teacher = await createUser({ role: "TEACHER", name: "Mr Offline" });
  const classroom = await seedClass(db, teacher, "Networks offline");
  const page = await browserOn(browser);
  await signIn(page, teacher);
  await page.goto(`/teach/classes/${classroom.id}`);
  const port = sink.port;
  await sink.stop();
  try {
    await page.getByLabel("Email addresses").fill(`one-${randomUUID().slice(0, 8)}@example.com\ntwo-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByRole("button", { name: "Send invitations" }).click();
    const result = page.getByTestId("invitations-sent");
    await expect(result.getByRole("alert")).toContainText(
      "The mail server could not be reached: 2 invitations were not sent and not counted against your limit.",
    );
    await expect(result.getByText("No invitation was sent.")).toBeVisible();
    await expect(result.getByText("300 invitations left for the next 24 hours.")).toBeVisible();
    expect(await db.rosterInvitationEmail.count({ where: { teacherId: teacher.id } })).toBe(0);
  } finally {
    sink = await startSmtpSink(port, { refuse });
  }
  await page.context().close();
});
