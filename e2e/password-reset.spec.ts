// Forgot password, end to end: a production server of the spec's own sends its mail through
// Nodemailer to a real SMTP server started here (the `smtp-server` sink, scripts/test/smtp-sink.ts),
// never a mock of the mailer. The run's own server has no SMTP_HOST: it shows the "no email here"
// page. Issue 17 ("Forgot password") and issue 13 (a reset ends every session).
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { resetLinkIn, startSmtpSink, type SmtpSink } from "../scripts/test/smtp-sink";
import { expect, test, type TestUser } from "./fixtures";
import { type AppInstance, freePort, newAuthSecret, startAppInstance } from "./support/app-instance";
import { waitForHydration } from "./support/hydrated";

const NEW_PASSWORD = "violet lanterns drift over quiet harbours";
const SUPPORT = "it-help@school.example";
const SENT = /belongs to a Handshake account, a link to choose a new password is on its way/;

let sink: SmtpSink;
let app: AppInstance;

// Each test hashes passwords (scrypt) and runs axe on a loaded 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  app = await startAppInstance({
    databaseUrl: process.env.E2E_DATABASE_URL!,
    authSecret: newAuthSecret(),
    port,
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "Handshake <no-reply@handshake.test>",
      APP_URL: `http://127.0.0.1:${port}`,
      SUPPORT_EMAIL: SUPPORT,
    },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await sink?.stop();
});

/** A browser of its own on the spec's server, each from its own address (the throttle counts per address). */
async function device(browser: Browser, options: { locale?: "en" | "zh"; phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({
    baseURL: app.url,
    extraHTTPHeaders: { "X-Forwarded-For": address },
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  if (options.locale) await context.addCookies([{ name: "hs-locale", value: options.locale, url: app.url }]);
  return { context, page: await context.newPage() };
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
}

async function isSignedIn(page: Page): Promise<boolean> {
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: unknown } | null;
  return Boolean(session?.user);
}

async function expectAxeClean(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, label).toEqual([]);
}

/** Asks for a link through the form, with the keyboard only. */
async function requestLink(page: Page, email: string) {
  await open(page, "/forgot-password");
  await page.getByLabel(/^(Email|邮箱)$/).focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
}

test("request, read the mail, follow the link, reset: every old session ends, the link works once", async ({ browser, createUser, signIn }) => {
  const user: TestUser = await createUser();
  const laptop = await device(browser);
  await signIn(laptop.page, user);
  const copiedCookies = await laptop.context.cookies();

  // From the sign-in page, by keyboard.
  const { context, page } = await device(browser);
  await open(page, "/signin");
  const forgot = page.getByRole("link", { name: "Forgot your password?" });
  await forgot.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: SENT })).toBeVisible();
  await expectAxeClean(page, "/forgot-password after a request");

  const mail = await sink.takeMail(user.email);
  expect(mail.subject).toBe("Choose a new Handshake password");
  const link = resetLinkIn(mail);
  expect(link.origin).toBe(app.url);
  expect(mail.text).toContain(`Hello ${user.name}`);

  await open(page, `${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  const password = page.getByLabel("New password");
  // Live feedback while typing, before any submit.
  await password.focus();
  await page.keyboard.type("password12345");
  await expect(page.getByTestId("password-strength")).toContainText("too common");
  await password.fill("");
  await page.keyboard.type(NEW_PASSWORD);
  await expect(page.getByTestId("password-strength")).toContainText("Strong enough.");
  await expectAxeClean(page, "/reset-password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed, and every device was signed out." })).toBeVisible();

  // The laptop, and a copy of its cookie taken before, are signed out.
  expect(await isSignedIn(laptop.page)).toBe(false);
  const replay = await browser.newContext({ baseURL: app.url });
  await replay.addCookies(copiedCookies);
  expect(await isSignedIn(await replay.newPage())).toBe(false);

  // The link again: used up.
  await open(page, `${link.pathname}${link.search}`);
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or has already been used." })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  // The new password signs in; the old one no longer does.
  await signIn(page, { email: user.email, password: NEW_PASSWORD });
  const stranger = await device(browser);
  const csrf = (await (await stranger.page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await stranger.page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken: csrf.csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(await isSignedIn(stranger.page)).toBe(false);
  for (const c of [laptop.context, context, replay, stranger.context]) await c.close();
});

test("an unknown email gets the same answer as a known one, and no mail", async ({ browser, createUser }) => {
  const known = await createUser();
  const unknown = `nobody-${crypto.randomUUID()}@e2e.test`;
  const { context, page } = await device(browser);
  await requestLink(page, unknown);
  const unknownAnswer = await page.getByRole("status").filter({ hasText: SENT }).innerText();
  await requestLink(page, known.email);
  const knownAnswer = await page.getByRole("status").filter({ hasText: SENT }).innerText();
  expect(unknownAnswer.replace(unknown, "EMAIL")).toBe(knownAnswer.replace(known.email, "EMAIL"));
  // The known address's mail arrives; by then the unknown one (asked first) has none.
  await sink.takeMail(known.email);
  expect(sink.pending(unknown)).toEqual([]);
  expect(sink.received.some((entry) => entry.to.includes(unknown))).toBe(false);
  await context.close();
});

test("an expired link is refused and leaves the password as it was", async ({ browser, createUser, db, signIn }) => {
  const user = await createUser();
  const { context, page } = await device(browser);
  await requestLink(page, user.email);
  const link = resetLinkIn(await sink.takeMail(user.email));
  // Thirty minutes pass: the stored expiry moves into the past.
  await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await open(page, `${link.pathname}${link.search}`);
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or has already been used." })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await signIn(page, user);
  await context.close();
});

test("in Chinese at phone width: the form, the answer and the email in the account's language", async ({ browser, createUser }) => {
  const user = await createUser({ locale: "zh", name: "王小明" });
  const { context, page } = await device(browser, { locale: "zh", phone: true });
  await requestLink(page, user.email);
  await expect(page.getByRole("heading", { level: 1, name: "忘记密码" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "设置新密码的链接已经发出" })).toBeVisible();
  await expect(page.getByRole("link", { name: SUPPORT })).toHaveAttribute("href", `mailto:${SUPPORT}`);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const mail = await sink.takeMail(user.email);
  expect(mail.subject).toBe("设置新的 Handshake 密码");
  expect(mail.text).toContain("王小明，你好");
  await open(page, `${resetLinkIn(mail).pathname}${resetLinkIn(mail).search}`);
  await expect(page.getByRole("heading", { level: 1, name: "设置新密码" })).toBeVisible();
  await page.getByLabel("新密码").fill("abcabcabca");
  await expect(page.getByTestId("password-strength")).toContainText("密码强度");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAxeClean(page, "/reset-password in Chinese at phone width");
  await context.close();
});

test("without SMTP configured, the page says so and how to get help, and offers no form", async ({ page }) => {
  // The run's own server has no SMTP_HOST.
  await open(page, "/forgot-password");
  await expect(page.getByText("This Handshake server is not set up to send email")).toBeVisible();
  await expect(page.getByText(/nobody can reset your password for you/)).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send the link" })).toHaveCount(0);
  await expectAxeClean(page, "/forgot-password without email");
});
