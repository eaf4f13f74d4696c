// Accounts and classes against a determined student (issue 13): each test reproduces one finding
// of the assessment the way it was found, over HTTP or in Chromium, and checks what users get now.
// docs/security.md lists the findings with their fixes and these tests.
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { messages } from "../lib/i18n/messages";
import { listTemplates } from "../lib/questions";
import { hashPassword } from "../lib/server/password";
import { sharedAnswerDifficulties } from "../lib/teach/shared-answers";
import { expect, test } from "./fixtures";
import { createSpecDatabase, newAuthSecret, startAppInstance } from "./support/app-instance";
import { callServerAction, findServerAction } from "./support/server-actions";
import { waitForHydration } from "./support/hydrated";

const address = () => `10.${120 + Math.floor(Math.random() * 100)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const joinCode = () => Array.from(randomBytes(8), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");

async function signInThroughForm(page: Page, email: string, password: string) {
  // After an answer React resets the form (the password field empties): fill it once that is done.
  await expect(page.getByRole("main").getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/signin"),
    page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
}

async function signOutThroughMenu(page: Page, name: string) {
  await waitForHydration(page);
  await page.getByRole("button", { name: `${name} (Account)` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function sessionUser(request: APIRequestContext): Promise<unknown> {
  const body = (await (await request.get("/api/auth/session")).json()) as { user?: unknown } | null;
  return body?.user;
}

// The machine these run on is shared and slow: room for several scrypt sign-ins per test.
test.describe.configure({ timeout: 120_000 });

const messageOf = (result: unknown) => (result as { message?: string } | undefined)?.message ?? "";

test.describe("1: sign-out ends the session", () => {
  test("a cookie copied before sign-out opens neither /progress nor /api/auth/session afterwards", async ({ page, browser, baseURL, createUser, db }) => {
    const user = await createUser({ name: "Copy Cat" });
    await page.goto("/signin");
    await signInThroughForm(page, user.email, user.password);
    await expect(page.getByText("Welcome back, Copy Cat.")).toBeVisible();
    const copied = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
    expect(copied.length).toBeGreaterThan(0);
    expect(await db.device.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);

    await signOutThroughMenu(page, "Copy Cat");

    const replay = await browser.newContext({ baseURL });
    try {
      await replay.addCookies(copied);
      expect(await sessionUser(replay.request)).toBeUndefined();
      const progress = await replay.newPage();
      await progress.goto("/progress");
      await expect(progress).toHaveURL(/\/signin\?next=%2Fprogress/);
      await expect(progress.getByText("Copy Cat")).toHaveCount(0);
    } finally {
      await replay.close();
    }
    expect(await db.device.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  test("after sign-out, the back button shows nothing private in the same tab", async ({ page, createUser }) => {
    const user = await createUser({ name: "Back Button" });
    await page.goto("/signin?next=%2Fprogress");
    await signInThroughForm(page, user.email, user.password);
    await expect(page).toHaveURL("/progress");
    await waitForHydration(page);
    // A soft navigation inside the app, so the router has private pages in its cache.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" }).click();
    await expect(page).toHaveURL("/classes");
    await expect(page.getByRole("button", { name: "Back Button (Account)" })).toBeVisible();

    await signOutThroughMenu(page, "Back Button");
    await page.goBack();
    await page.waitForLoadState("load");
    await expect(page.getByRole("button", { name: "Back Button (Account)" })).toHaveCount(0);
    await expect(page.getByText("Back Button")).toHaveCount(0);
    await expect(page).toHaveURL(/\/signin|^[^?]*\/$/);
  });

  test("sign out everywhere, from the account menu, ends every device of the account", async ({ page, browser, baseURL, createUser, signIn, db }) => {
    const user = await createUser({ name: "Two Laptops" });
    const others = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
    try {
      const pages = await Promise.all(others.map((context) => context.newPage()));
      for (const other of pages) await signIn(other, user);
      await page.goto("/signin");
      await signInThroughForm(page, user.email, user.password);
      await expect(page.getByText("Welcome back, Two Laptops.")).toBeVisible();
      expect(await db.device.count({ where: { userId: user.id, revokedAt: null } })).toBe(3);

      await waitForHydration(page);
      await page.getByRole("button", { name: "Two Laptops (Account)" }).click();
      await page.getByRole("button", { name: "Sign out everywhere" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      for (const other of pages) expect(await sessionUser(other.request)).toBeUndefined();
      expect(await db.device.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    } finally {
      await Promise.all(others.map((context) => context.close()));
    }
  });
});

test.describe("2: strangers cannot lock the owner out", () => {
  test("after failures from five addresses the owner still signs in from their browser and their usual address", async ({
    page,
    playwright,
    baseURL,
    createUser,
  }) => {
    const owner = await createUser({ name: "Locked Out Never" });
    const home = address();
    // The owner has signed in before, in this browser, from home.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": home });
    await page.goto("/signin");
    await signInThroughForm(page, owner.email, owner.password);
    await expect(page).toHaveURL("/");
    await signOutThroughMenu(page, "Locked Out Never");

    // A classmate guesses from five addresses, with no cookie of the owner's.
    const stranger = await playwright.request.newContext({ baseURL });
    try {
      const signInAction = findServerAction("signInAction");
      const strangers = Array.from({ length: 5 }, address);
      let last = "";
      for (let i = 0; i < 8; i++) {
        const call = await callServerAction(stranger, baseURL!, signInAction, [{ email: owner.email, password: `guess-number-${i}`, next: "/" }], {
          "X-Forwarded-For": strangers[i % 5]!,
        });
        last = messageOf(call.result);
      }
      expect(last).toContain("Too many failed sign-in attempts");
      // Even the right password is paused for a stranger's browser at a new address...
      const paused = await callServerAction(stranger, baseURL!, signInAction, [{ email: owner.email, password: owner.password, next: "/" }], {
        "X-Forwarded-For": address(),
      });
      expect(messageOf(paused.result)).toMatch(/Wait \d+ seconds|try again in \d+ minutes/);
      // ...but it is a pause that ends (seconds or minutes), never the old fixed 15-minute lock.
      expect(messageOf(paused.result)).not.toContain("15 minutes");
    } finally {
      await stranger.dispose();
    }

    // The owner's own browser, even from a new address (a café), signs in at once.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": address() });
    await page.goto("/signin");
    await signInThroughForm(page, owner.email, owner.password);
    await expect(page).toHaveURL("/");
    await expect(page.getByText("Welcome back, Locked Out Never.")).toBeVisible();

    // And a fresh browser at the owner's usual address does too.
    const atHome = await playwright.request.newContext({ baseURL });
    try {
      const call = await callServerAction(atHome, baseURL!, findServerAction("signInAction"), [{ email: owner.email, password: owner.password, next: "/" }], {
        "X-Forwarded-For": home,
      });
      expect(call.status, call.text.slice(0, 300)).toBeLessThan(400);
      expect(await sessionUser(atHome)).toMatchObject({ email: owner.email });
    } finally {
      await atHome.dispose();
    }
  });
});

test.describe("3: X-Forwarded-For is trusted only when TRUSTED_PROXY_COUNT says so", () => {
  test("without it, rotating the header does not get past the per-address limit", async ({ request }) => {
    test.setTimeout(240_000);
    const database = await createSpecDatabase("xff");
    const app = await startAppInstance({ databaseUrl: database.url, authSecret: newAuthSecret(), trustedProxies: 0 });
    try {
      const { createPrismaClient } = await import("../lib/server/prisma-client");
      const db = createPrismaClient(database.url);
      const password = "xff-victim-password-not-common-3";
      const victim = await db.user.create({
        data: { email: "xff-victim@e2e.test", name: "XFF Victim", passwordHash: await hashPassword(password) },
        select: { email: true },
      });
      await db.$disconnect();
      const signInAction = findServerAction("signInAction");
      // 30 failures against unknown accounts, each "from" another address.
      for (let i = 0; i < 30; i++) {
        const call = await callServerAction(request, app.url, signInAction, [{ email: `nobody-${i}@e2e.test`, password: "guessing-1234", next: "/" }], {
          "X-Forwarded-For": address(),
        });
        expect(messageOf(call.result), `failure ${i + 1}`).toMatch(i < 29 ? /incorrect/ : /Too many failed sign-in attempts/);
      }
      // The socket's address is what counted: it is paused, whatever the header says.
      const call = await callServerAction(request, app.url, signInAction, [{ email: victim.email, password, next: "/" }], { "X-Forwarded-For": address() });
      expect(messageOf(call.result)).toContain("Too many failed sign-in attempts");
    } finally {
      await app.stop();
      await database.drop();
    }
  });
});

test.describe("4: a removed student stays removed until re-admitted", () => {
  test("the teacher's confirmation says what happens; the join link refuses them; re-admitted, they rejoin", async ({
    page,
    browser,
    baseURL,
    createUser,
    signIn,
    db,
  }) => {
    const teacher = await createUser({ role: "TEACHER", name: "Removing Teacher" });
    const student = await createUser({ name: "Removed Rita" });
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: `Removal ${randomBytes(3).toString("hex")}`, joinCode: joinCode() } });
    await db.classMember.create({ data: { classId: classroom.id, studentId: student.id } });

    await signIn(page, teacher);
    await page.goto(`/teach/classes/${classroom.id}`);
    await waitForHydration(page);
    let confirmation = "";
    page.once("dialog", (dialog) => {
      confirmation = dialog.message();
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Remove Removed Rita from the class" }).click();
    await expect(page.getByText("Removed Rita was removed from the class. They can't rejoin until you re-admit them.")).toBeVisible();
    expect(confirmation).toContain("can't rejoin with the code until you re-admit them");
    expect(confirmation).toContain("answers stay saved");

    const studentContext = await browser.newContext({ baseURL });
    try {
      const studentPage = await studentContext.newPage();
      await signIn(studentPage, student);
      await studentPage.goto(`/classes/join/${classroom.joinCode}`);
      await studentPage.getByRole("button", { name: "Join" }).click();
      await expect(studentPage.getByText("Your teacher removed you from this class")).toBeVisible();
      expect(await db.classMember.count({ where: { classId: classroom.id } })).toBe(0);

      await page.reload();
      await waitForHydration(page);
      await page.getByRole("button", { name: "Re-admit Removed Rita" }).click();
      await expect(page.getByText("Removed Rita can join again with the class code.")).toBeVisible();

      await studentPage.goto(`/classes/join/${classroom.joinCode}`);
      await studentPage.getByRole("button", { name: "Join" }).click();
      await expect(studentPage).toHaveURL(/\/classes\?joined=/);
      expect(await db.classMember.count({ where: { classId: classroom.id, studentId: student.id } })).toBe(1);
    } finally {
      await studentContext.close();
    }
  });
});

test.describe("5: the assignment form marks question types whose answer is the same for every student", () => {
  test("the marks follow the engine at the chosen difficulty", async ({ page, createUser, signIn, db }) => {
    const teacher = await createUser({ role: "TEACHER" });
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Shared answers", joinCode: joinCode() } });
    await signIn(page, teacher);
    await page.goto(`/teach/classes/${classroom.id}/assignments/new`);
    await waitForHydration(page);
    await page.getByRole("radio", { name: "Question types" }).check();
    const shared = sharedAnswerDifficulties();
    for (const difficulty of [1, 3]) {
      await page.getByLabel("Difficulty").selectOption(String(difficulty));
      for (const template of listTemplates()) {
        const label = page.locator("label", { has: page.locator(`input[name="templates"][value="${template.id}"]`) });
        const expected = shared[template.id]?.includes(difficulty as 1 | 3) ? 1 : 0;
        await expect(label.locator("[data-shared-answer]"), `${template.id} at ${difficulty}`).toHaveCount(expected);
      }
    }
    await expect(page.getByText("can't be copied from a classmate")).toBeVisible();
  });
});

test.describe("6: callbackUrl", () => {
  test("an invalid callbackUrl gets 400 on every Auth.js endpoint; a valid one works", async ({ request }) => {
    for (const endpoint of ["session", "csrf", "providers", "signin", "signout"]) {
      for (const value of ["x", "javascript:alert(1)", "//["]) {
        const response = await request.get(`/api/auth/${endpoint}?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
        expect(response.status(), `${endpoint} ${value}`).toBe(400);
      }
    }
    expect((await request.get("/api/auth/session?callbackUrl=%2Fprogress")).status()).toBe(200);
  });

  test("a malformed callback cookie is dropped, and signing in through the form still signs in", async ({ page, baseURL, createUser }) => {
    const user = await createUser({ name: "Cookie Crumbs" });
    await page.context().addCookies([{ name: "authjs.callback-url", value: "%2F%2F%5B", url: baseURL! }]);
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === "/signin" && response.request().method() === "GET");
    await page.goto("/signin");
    expect((await (await answer).allHeaders())["set-cookie"] ?? "").toContain("authjs.callback-url=;");
    await signInThroughForm(page, user.email, user.password);
    await expect(page.getByText("Welcome back, Cookie Crumbs.")).toBeVisible();
    expect(await sessionUser(page.request)).toMatchObject({ email: user.email });
  });
});

test.describe("7: no 500 for mangled paths, deep arguments or a non-ASCII next", () => {
  test("malformed percent-encoding in dynamic paths is a 400, signed in or not", async ({ page, request, createUser, signIn }) => {
    const paths = [
      "/assignments/%E0%A4%A",
      "/classes/join/abc%",
      "/api/teach/assignments/%E0%A4%A/results",
      "/teach/classes/%E0%A4%A",
      "/teach/assignments/%ZZ/preview",
    ];
    for (const path of paths) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
    await signIn(page, await createUser());
    for (const path of paths) expect((await page.request.get(path, { maxRedirects: 0 })).status(), `signed in ${path}`).toBe(400);
  });

  test("a Server Action argument nested 5,000 levels deep is refused with 400", async ({ request, baseURL }) => {
    const action = findServerAction("setLocaleAction");
    const nested = `[${"[".repeat(5000)}"en"${"]".repeat(5000)}]`;
    const response = await request.post(new URL(action.path, baseURL).toString(), {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
      data: nested,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  });

  test("signing in with a non-ASCII next goes there, percent-encoded", async ({ page, browser, baseURL, createUser }) => {
    const user = await createUser();
    await page.goto("/signin?next=/practice%E3%80%80");
    await signInThroughForm(page, user.email, user.password);
    await expect(page).toHaveURL(/\/practice%E3%80%80$/);

    // A browser of its own for the second sign-in: clearing this one's cookies races the practice
    // page's late replies, which may set the session cookie again (and /signin then moves on).
    const context = await browser.newContext({ baseURL });
    try {
      const second = await context.newPage();
      await second.goto(`/signin?next=${encodeURIComponent("/practice?x=é")}`);
      await signInThroughForm(second, user.email, user.password);
      await expect(second).toHaveURL(/\/practice\?x=%C3%A9$/);
    } finally {
      await context.close();
    }
  });
});

test.describe("10: control characters", () => {
  test("a NUL in a name or a class name gets a field message and creates nothing", async ({ page, request, baseURL, createUser, signIn, db }) => {
    const email = `nul-${randomBytes(4).toString("hex")}@e2e.test`;
    const signUp = await callServerAction(
      request,
      baseURL!,
      findServerAction("signUpAction"),
      [{ name: "Nul\u0000Name", email, password: "harbour-lantern-2718", role: "STUDENT", next: "/" }],
      { "X-Forwarded-For": address() },
    );
    expect(signUp.result).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("control characters")] } });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const teacher = await createUser({ role: "TEACHER" });
    await signIn(page, teacher);
    const created = await callServerAction(page.request, baseURL!, findServerAction("createClassAction"), [{ name: "Class\u0000One" }]);
    expect(created.result).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("control characters")] } });
    expect(await db.classroom.count({ where: { teacherId: teacher.id } })).toBe(0);
  });
});

test.describe("11: password strength", () => {
  const strengthMessages = (locale: "en" | "zh") =>
    Object.entries(messages[locale].auth)
      .filter(([key]) => key.startsWith("strength") || key === "passwordTooWeak")
      .map(([, text]) => text as string);

  for (const locale of ["en", "zh"] as const) {
    test(`Summer2024! is refused at sign-up with the estimator's feedback (${locale})`, async ({ page, baseURL, db }) => {
      await page.context().addCookies([{ name: "hs-locale", value: locale, url: baseURL! }]);
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": address() });
      const email = `weak-${randomBytes(4).toString("hex")}@e2e.test`;
      await page.goto("/signup");
      await page.locator("#name").fill("Weak Password");
      await page.locator("#email").fill(email);
      await page.locator("#password").fill("Summer2024!");
      await page.getByRole("main").locator("button[type=submit]").click();
      const feedback = page.locator("#password-error");
      await expect(feedback).toBeVisible();
      const text = await feedback.innerText();
      expect(
        strengthMessages(locale).some((message) => text.includes(message)),
        text,
      ).toBe(true);
      if (locale === "zh") expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(await db.user.count({ where: { email } })).toBe(0);
    });
  }
});

test.describe("12: joining tells the student what the teacher sees, and they can leave", () => {
  test("the join link says it before joining; the student leaves from their classes page", async ({ page, createUser, signIn, db }) => {
    const teacher = await createUser({ role: "TEACHER" });
    const student = await createUser({ name: "Leaving Leo" });
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: `Leave me ${randomBytes(3).toString("hex")}`, joinCode: joinCode() } });
    await signIn(page, student);
    await page.goto(`/classes/join/${classroom.joinCode}`);
    await expect(page.getByText("What your teacher will see: your name and email")).toBeVisible();
    await expect(page.getByText("also counts the practice you do on your own")).toBeVisible();
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page).toHaveURL(/\/classes\?joined=/);
    expect(await db.classMember.count({ where: { classId: classroom.id, studentId: student.id } })).toBe(1);

    await waitForHydration(page);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Leave ${classroom.name}` }).click();
    await expect(page.getByRole("button", { name: `Leave ${classroom.name}` })).toHaveCount(0);
    expect(await db.classMember.count({ where: { classId: classroom.id, studentId: student.id } })).toBe(0);
  });
});

test.describe("9: CSV export", () => {
  test("names that a ; or tab separated reader would split into a formula are quoted and neutralised", async ({ page, createUser, signIn, db }) => {
    const teacher = await createUser({ role: "TEACHER" });
    const names = ["x;=1+1", "y\t=2+2"];
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "CSV class", joinCode: joinCode() } });
    const assignment = await db.assignment.create({
      data: {
        classId: classroom.id,
        teacherId: teacher.id,
        title: "CSV quiz",
        concepts: ["handshake-numbers"],
        itemTemplates: ["handshake-synack-ack"],
        difficulty: 1,
        opensAt: new Date(Date.now() - 86_400_000),
        dueAt: new Date(Date.now() + 86_400_000),
        attemptsAllowed: 1,
        showAnswers: "IMMEDIATELY",
        seedKey: randomBytes(32).toString("base64url"),
      },
    });
    for (const name of names) {
      const student = await createUser({ name });
      await db.classMember.create({ data: { classId: classroom.id, studentId: student.id } });
      await db.assignmentSubmission.create({ data: { assignmentId: assignment.id, studentId: student.id, attempt: 1, submittedAt: new Date(), score: 0 } });
    }
    await signIn(page, teacher);
    const csv = await (await page.request.get(`/api/teach/assignments/${assignment.id}/results`)).text();
    expect(csv).toContain(`"x;'=1+1"`);
    expect(csv).toContain(`"y\t'=2+2"`);
    for (const separator of [";", "\t", "|"]) {
      const cells = csv
        .split(/\r\n/)
        .flatMap((line) => line.split(separator))
        .map((cell) => cell.replace(/^"/, ""));
      expect(
        cells.filter((cell) => /^[=+\-@]/.test(cell)),
        separator,
      ).toEqual([]);
    }
  });
});
