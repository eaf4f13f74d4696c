// Teachers manage what they made, and run a quiz in class (issue 17): open now, edit (what locks
// once a student started), close now, invite a roster (bad lines by number), the gradebook and
// its CSV, rename, archive and delete a class; a student's timed attempt with its countdown, a
// late answer refused by the server, and the gradebook at phone width; the same management in
// Chinese, and its actions reachable at phone width. Data is seeded straight into the database;
// axe checks the new pages. (Invitations sent by email: e2e/roster-invite.spec.ts.)
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { listTemplates } from "../lib/questions";
import { expect, test, type TestUser } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];
const HOUR = 3_600_000;
const joinCode = () => Array.from(randomBytes(8), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");
const numberTemplate = listTemplates().find((t) => t.kind === "number")!.id;

async function seedClass(db: Db, teacher: TestUser, students: TestUser[], name: string) {
  const classroom = await db.classroom.create({
    data: { teacherId: teacher.id, name, joinCode: joinCode(), members: { create: students.map((s) => ({ studentId: s.id })) } },
  });
  return classroom;
}

async function seedAssignment(db: Db, teacher: TestUser, classId: string, data: { title: string; opensAt?: Date; timeLimitMinutes?: number | null }) {
  return db.assignment.create({
    data: {
      classId,
      teacherId: teacher.id,
      title: data.title,
      concepts: ["handshake-numbers"],
      itemTemplates: [numberTemplate, numberTemplate],
      difficulty: 1,
      opensAt: data.opensAt ?? new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + 48 * HOUR),
      attemptsAllowed: 2,
      showAnswers: "IMMEDIATELY",
      seedKey: randomBytes(32).toString("base64url"),
      timeLimitMinutes: data.timeLimitMinutes ?? null,
    },
  });
}

const PHONE = { width: 390, height: 844 };

async function newPage(
  browser: Browser,
  signIn: (page: Page, user: TestUser) => Promise<void>,
  user: TestUser,
  viewport?: { width: number; height: number },
  locale?: { lang: "en" | "zh"; baseURL: string },
): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  if (locale) await context.addCookies([{ name: "hs-locale", value: locale.lang, url: locale.baseURL }]);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test("a teacher opens, edits (locked once started), closes and deletes an assignment, invites a roster, reads the gradebook, renames, archives and deletes the class", async ({
  browser,
  page,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", name: "Ms Manage" });
  const ada = await createUser({ name: "Ada Quiz" });
  const classroom = await seedClass(db, teacher, [ada], "Networks manage");
  const quiz = await seedAssignment(db, teacher, classroom.id, { title: "Pop quiz", opensAt: new Date(Date.now() + 24 * HOUR) });

  await signIn(page, teacher);
  await page.goto(`/teach/assignments/${quiz.id}`);
  await expect(page.getByTestId("assignment-phase")).toContainText("Opens");
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByText("Open: students can start now.")).toBeVisible();
  await expect(page.getByTestId("assignment-phase")).toContainText("Open until");

  // Nobody started: everything may change, the form says so.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByTestId("edit-rules")).toContainText("Nobody has started yet");
  await page.getByLabel("Time limit per attempt (minutes)").fill("999");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: "Time limit per attempt (minutes)" })).toBeVisible();
  await expect(page.getByText("Enter a time limit from 1 to 480 minutes").first()).toBeVisible();
  await page.getByLabel("Time limit per attempt (minutes)").fill("15");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText("15 minutes per attempt")).toBeVisible();

  // A student starts: the opening time, difficulty and time limit lock; the title may still change.
  await db.assignmentSubmission.create({ data: { assignmentId: quiz.id, studentId: ada.id, attempt: 1 } });
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByTestId("edit-rules")).toContainText("1 student has started.");
  await expect(page.getByLabel("Difficulty")).toHaveCount(0);
  await expect(page.getByText("Time limit per attempt (minutes): 15 minutes per attempt (locked)")).toBeVisible();
  await expectNoSeriousViolations(page, "edit page, locked");
  await page.getByLabel("Title").fill("Pop quiz (Monday)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pop quiz (Monday)" })).toBeVisible();

  // Close now: Ada's attempt under way is submitted as it stands; then it can be reopened.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("submitted with the answers given so far");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByText("Closed. 1 attempt under way was submitted")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  expect((await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: quiz.id } })).submittedAt).not.toBeNull();

  // The class page: invite a roster, bad lines named by number.
  await page.goto(`/teach/classes/${classroom.id}`);
  await page.getByLabel("Email addresses").fill(`${ada.email}\nnot an email\nNew.Student@example.com\nnew.student@example.com`);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("Line 2: not an email (no email address)")).toBeVisible();
  await expect(page.getByText("1 address ready to invite.")).toBeVisible();
  await expect(page.getByText("1 repeated address was listed once.")).toBeVisible();
  await expect(page.getByText("already in the class")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open an email draft" })).toHaveAttribute("href", /^mailto:\?bcc=new.student%40example.com/);
  // The run's server has no SMTP: the form says so and offers no "Send invitations".
  await expect(page.getByText("Sending email is not configured on this server.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitations" })).toHaveCount(0);

  // The gradebook and its CSV.
  await page.getByRole("link", { name: "Gradebook" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gradebook: Networks manage" })).toBeVisible();
  const row = page.getByRole("row", { name: /Ada Quiz/ });
  await expect(row.getByRole("cell").first()).toHaveText("0/2");
  await expectNoSeriousViolations(page, "gradebook");
  const csv = await page.request.get(`/api/teach/classes/${classroom.id}/gradebook`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain('"Total (out of 2)"');
  expect(text).toContain('"Ada Quiz"');

  // Rename, then archive: gone from Ada's list, and read-only.
  await page.goto(`/teach/classes/${classroom.id}`);
  await page.getByLabel("Class name").fill("Networks renamed");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed to Networks renamed.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Networks renamed" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByText("This class is archived: read-only.")).toBeVisible();
  await expect(page.getByRole("link", { name: "New assignment" })).toHaveCount(0);
  const adaPage = await newPage(browser, signIn, ada);
  await adaPage.goto("/classes");
  await expect(adaPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(adaPage.getByText("Networks renamed")).toHaveCount(0);
  await adaPage.context().close();

  // Delete the assignment, then the class, each after a confirmation that says what goes.
  await page.goto(`/teach/assignments/${quiz.id}`);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("1 attempt by students is deleted with it");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Delete assignment" }).click();
  await expect(page.getByText("The assignment was deleted.")).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Students keep their accounts");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Delete class" }).click();
  await expect(page.getByText("The class was deleted.")).toBeVisible();
  expect(await db.classroom.count({ where: { id: classroom.id } })).toBe(0);
});

test("a timed quiz: the student sees the limit and a countdown; an answer after the limit is refused; the gradebook at phone width", async ({
  browser,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(90_000);
  const teacher = await createUser({ role: "TEACHER", name: "Mr Timer" });
  const bob = await createUser({ name: "Bob Timed" });
  const classroom = await seedClass(db, teacher, [bob], "Quiz room");
  const quiz = await seedAssignment(db, teacher, classroom.id, { title: "Ten-minute quiz", timeLimitMinutes: 10 });
  // More columns than a phone shows: the gradebook has to scroll.
  for (const title of ["Homework on the handshake", "Homework on closing"]) await seedAssignment(db, teacher, classroom.id, { title });

  const page = await newPage(browser, signIn, bob, { width: 390, height: 844 });
  await page.goto(`/assignments/${quiz.id}`);
  await expect(page.getByTestId("time-limit-note")).toHaveText(/You have 10 minutes once you start/);
  await page.getByRole("button", { name: "Start" }).click();
  const timer = page.getByRole("timer", { name: "Time left for this attempt" });
  await expect(timer).toHaveText(/Time left: (10:00|9:\d\d)/);
  await expectNoSeriousViolations(page, "timed attempt, phone");

  // The server's clock: the attempt began eleven minutes ago, so this answer comes too late.
  await db.assignmentSubmission.updateMany({ where: { assignmentId: quiz.id, studentId: bob.id }, data: { startedAt: new Date(Date.now() - 11 * 60_000) } });
  await page.locator("form").getByRole("textbox").fill("1");
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText("Time is up for this attempt")).toBeVisible();
  expect(await db.assignmentAnswer.count({ where: { submission: { assignmentId: quiz.id } } })).toBe(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your results (attempt 1)" })).toBeVisible();
  await page.context().close();

  // The teacher's gradebook at phone width scrolls sideways and says so.
  const teacherPage = await newPage(browser, signIn, teacher, { width: 390, height: 844 });
  await teacherPage.goto(`/teach/classes/${classroom.id}/gradebook`);
  await expect(teacherPage.getByRole("row", { name: /Bob Timed/ })).toBeVisible();
  await expect(teacherPage.getByText("Scroll sideways to see everything")).toBeVisible();
  await teacherPage.context().close();
});

test("in Chinese: a teacher opens, edits, closes and reopens an assignment, checks a roster and reads the gradebook", async ({
  browser,
  baseURL,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", name: "王老师", locale: "zh" });
  const student = await createUser({ name: "李雷" });
  const classroom = await seedClass(db, teacher, [student], "网络二班");
  const quiz = await seedAssignment(db, teacher, classroom.id, { title: "随堂测验", opensAt: new Date(Date.now() + 24 * HOUR) });
  const page = await newPage(browser, signIn, teacher, undefined, { lang: "zh", baseURL: baseURL! });

  await page.goto(`/teach/assignments/${quiz.id}`);
  await page.getByRole("button", { name: "立即开放" }).click();
  await expect(page.getByText("已开放：学生现在可以开始作答。")).toBeVisible();

  await page.getByRole("link", { name: "编辑", exact: true }).click();
  await expect(page.getByTestId("edit-rules")).toContainText("还没有学生开始作答");
  await page.getByLabel("每次作答的时间限制（分钟）").fill("0");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("请输入 1 到 480 分钟之间的时间限制").first()).toBeVisible();
  await page.getByLabel("每次作答的时间限制（分钟）").fill("20");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("修改已保存。")).toBeVisible();
  await expect(page.getByText("每次作答 20 分钟")).toBeVisible();

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("现在关闭“随堂测验”吗？");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "立即关闭" }).click();
  await expect(page.getByText("已关闭。当时没有学生在作答。")).toBeVisible();
  await page.getByRole("button", { name: "重新开放" }).click();
  await expect(page.getByText("已开放：学生现在可以开始作答。")).toBeVisible();
  await expect(page.getByRole("button", { name: "立即关闭" })).toBeVisible();
  expect((await db.assignment.findUniqueOrThrow({ where: { id: quiz.id } })).closedAt).toBeNull();
  await expectNoSeriousViolations(page, "assignment page, zh");

  await page.goto(`/teach/classes/${classroom.id}`);
  await expect(page.getByText("此服务器未配置发送邮件。")).toBeVisible();
  await page.getByLabel("邮箱地址").fill(`${student.email}\n不是邮箱\nnew.student@example.com`);
  await page.getByRole("button", { name: "检查名单" }).click();
  await expect(page.getByText("第 2 行：不是邮箱（没有邮箱地址）")).toBeVisible();
  await expect(page.getByText("1 个地址可以邀请。")).toBeVisible();
  await expect(page.getByText("已在班级中")).toBeVisible();
  await expect(page.getByText("加入链接：", { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, "class page with a checked roster, zh");

  await page.getByRole("link", { name: "成绩册" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "成绩册：网络二班" })).toBeVisible();
  await expect(page.getByRole("row", { name: /李雷/ })).toBeVisible();
  await expectNoSeriousViolations(page, "gradebook, zh");
  await page.context().close();
});

test("at phone width every management action is on screen and works: edit, close, delete; rename, archive, invite, gradebook", async ({
  browser,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", name: "Ms Phone" });
  const student = await createUser({ name: "Pat Phone" });
  const classroom = await seedClass(db, teacher, [student], "Pocket networks");
  const quiz = await seedAssignment(db, teacher, classroom.id, { title: "Phone quiz" });
  const page = await newPage(browser, signIn, teacher, PHONE);

  /** Scrolled to, wholly inside the phone's width (nothing to find by scrolling sideways), and enabled. */
  async function expectReachable(name: string, role: "button" | "link" = "button") {
    const control = page.getByRole(role, { name, exact: true });
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1 });
    await expect(control).toBeEnabled();
  }
  const pageFitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  await page.goto(`/teach/assignments/${quiz.id}`);
  for (const name of ["Close now", "Delete assignment"]) await expectReachable(name);
  await expectReachable("Edit", "link");
  expect(await pageFitsWidth(), "assignment page: no sideways scroll").toBe(true);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByText("Closed. Nobody was working on it.")).toBeVisible();
  await expectReachable("Reopen");
  await expectNoSeriousViolations(page, "assignment page, phone");

  await page.goto(`/teach/classes/${classroom.id}`);
  for (const name of ["Check the list", "Rename", "Archive class", "Delete class"]) await expectReachable(name);
  await expectReachable("Gradebook", "link");
  expect(await pageFitsWidth(), "class page: no sideways scroll").toBe(true);
  await page.getByLabel("Email addresses").fill("pocket@example.com");
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("1 address ready to invite.")).toBeVisible();
  await expectReachable("Copy addresses and link");
  await expectReachable("Open an email draft", "link");
  await page.getByLabel("Class name").fill("Pocket networks 2");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed to Pocket networks 2.")).toBeVisible();
  await expectNoSeriousViolations(page, "class page, phone");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByText("This class is archived: read-only.")).toBeVisible();
  await expectReachable("Unarchive class");
  await page.context().close();
});
