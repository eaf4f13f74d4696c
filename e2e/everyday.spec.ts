// Issue 17, "Everyday use": the bugs a real class and a newcomer tripped over, each checked in
// Chromium as people meet it (phone width where it matters, both languages). The assignment form
// (bugs 1, 2, 5) has its own spec, everyday-assignment-form.spec.ts; sign-up (bug 11) is in
// auth.spec.ts. Answers are computed with lib/questions from stored seeds, never read from a page.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { generateQuestion, type Question } from "../lib/questions";
import type { AppPrismaClient } from "../lib/server/prisma-client";
import { expect, test } from "./fixtures";
import { gotoHydrated } from "./support/hydrated";

const PHONE = { width: 390, height: 844 };

async function newPage(
  browser: Browser,
  baseURL: string,
  options: { locale?: "en" | "zh"; viewport?: { width: number; height: number }; timezoneId?: string } = {},
) {
  const context = await browser.newContext({
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  if (options.locale) await context.addCookies([{ name: "hs-locale", value: options.locale, url: baseURL }]);
  return context.newPage();
}

/** A stored practice question of this template for the user (a seed `accept` likes). */
async function seedPractice(db: AppPrismaClient, userId: string, templateId: string, accept: (q: Question) => boolean = () => true) {
  for (let tries = 0; tries < 200; tries++) {
    const seed = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
    const question = generateQuestion(templateId, seed, 1);
    if (!accept(question)) continue;
    const row = await db.practiceQuestion.create({
      data: { userId, templateId, concept: question.concept, seed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    return { id: row.id, question, url: `/practice?mode=adaptive&q=${row.id}` };
  }
  throw new Error(`no suitable question of ${templateId}`);
}

async function seedClass(db: AppPrismaClient, teacherId: string, name: string, studentIds: string[] = []) {
  const classroom = await db.classroom.create({ data: { teacherId, name, joinCode: randomBytes(4).toString("hex").toUpperCase().replace(/[01]/g, "A") } });
  for (const studentId of studentIds) await db.classMember.create({ data: { classId: classroom.id, studentId } });
  return classroom;
}

async function seedAssignment(db: AppPrismaClient, classId: string, teacherId: string, title: string, itemTemplates: string[]) {
  return db.assignment.create({
    data: {
      classId,
      teacherId,
      title,
      concepts: [],
      itemTemplates,
      difficulty: 1,
      opensAt: new Date(Date.now() - 86_400_000),
      dueAt: new Date(Date.now() + 86_400_000),
      attemptsAllowed: 1,
      showAnswers: "IMMEDIATELY",
      seedKey: randomBytes(8).toString("hex"),
    },
  });
}

/** A submitted attempt whose one answer is `response` (graded as given). */
async function seedSubmission(
  db: AppPrismaClient,
  assignment: { id: string; itemTemplates: string[] },
  studentId: string,
  answer: { response: unknown; correct: boolean; misconception: string | null },
) {
  const submittedAt = new Date(Date.now() - 60_000);
  await db.assignmentSubmission.create({
    data: {
      assignmentId: assignment.id,
      studentId,
      attempt: 1,
      startedAt: new Date(submittedAt.getTime() - 95_000),
      submittedAt,
      score: answer.correct ? 1 : 0,
      answers: {
        create: [
          {
            itemIndex: 0,
            studentId,
            templateId: assignment.itemTemplates[0]!,
            concept: "handshake-numbers",
            seed: 1,
            difficulty: 1,
            response: JSON.parse(JSON.stringify(answer.response)),
            correct: answer.correct,
            misconception: answer.misconception,
          },
        ],
      },
    },
  });
}

test("bug 3: on a phone, the open account menu is above a question's diagram and Sign out can be tapped", async ({
  browser,
  baseURL,
  db,
  createUser,
  signIn,
}) => {
  const page = await newPage(browser, baseURL!, { viewport: PHONE });
  const student = await createUser({ name: "Phone Student" });
  await signIn(page, student);
  const seeded = await seedPractice(db, student.id, "handshake-third-segment");
  await gotoHydrated(page, seeded.url);
  await expect(page.locator("figure svg").first()).toBeVisible();
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Phone Student (Account)" }).click();
  const signOut = page.getByRole("button", { name: "Sign out", exact: true });
  await signOut.scrollIntoViewIfNeeded();
  // What a finger at the button's centre would touch is the button itself, not the diagram.
  const onTop = await signOut.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === button || button.contains(hit);
  });
  expect(onTop).toBe(true);
  await signOut.click({ trial: true });
  await page.context().close();
});

for (const locale of ["en", "zh"] as const) {
  test(`bug 4: a 23-digit number answer is refused with the question's range and never graded (${locale})`, async ({
    browser,
    baseURL,
    db,
    createUser,
    signIn,
  }) => {
    const page = await newPage(browser, baseURL!, { locale });
    const student = await createUser({ locale });
    await signIn(page, student);
    const seeded = await seedPractice(db, student.id, "handshake-synack-ack");
    await gotoHydrated(page, seeded.url);
    await page.getByRole("main").getByRole("textbox").fill("12345678901234567890123");
    await page.getByRole("button", { name: locale === "en" ? "Check answer" : "提交答案" }).click();
    await expect(page.getByText(locale === "en" ? "Enter a whole number from 0 to 8589934592." : "请输入 0 到 8589934592 之间的整数。")).toBeVisible();
    await expect(page.getByText("1e+23")).toHaveCount(0);
    expect(await db.practiceAttempt.count({ where: { questionId: seeded.id } })).toBe(0);
    await page.context().close();
  });
}

test("bug 6: item analysis shows the most frequent wrong answers when no known mistake fits, and warns that D rests on few students", async ({
  page,
  db,
  createUser,
  signIn,
}) => {
  const teacher = await createUser({ role: "TEACHER" });
  const students = await Promise.all([createUser({ name: "S1" }), createUser({ name: "S2" }), createUser({ name: "S3" })]);
  const classroom = await seedClass(
    db,
    teacher.id,
    "Analysis class",
    students.map((s) => s.id),
  );
  const assignment = await seedAssignment(db, classroom.id, teacher.id, "Unexplained mistakes", ["handshake-synack-ack"]);
  await seedSubmission(db, assignment, students[0]!.id, { response: { kind: "number", value: 424242 }, correct: false, misconception: "other" });
  await seedSubmission(db, assignment, students[1]!.id, { response: { kind: "number", value: 424242 }, correct: false, misconception: "other" });
  await seedSubmission(db, assignment, students[2]!.id, { response: { kind: "number", value: 777 }, correct: false, misconception: "other" });
  await signIn(page, teacher);
  await gotoHydrated(page, `/teach/assignments/${assignment.id}`);
  const byQuestion = page.getByRole("row", { name: /Q1/ });
  await expect(byQuestion).toContainText("No known mistake fits; the most frequent wrong answers:");
  await expect(byQuestion).toContainText("2× 424242");
  await expect(byQuestion).toContainText("1× 777");
  await expect(byQuestion).not.toContainText("does not match a common mistake");
  await expect(byQuestion.getByTestId("few-students")).toHaveText("Only 3 students: too few for D to mean much.");
});

test("bugs 7 and 9: the CSV keeps a Chinese title, writes times in the teacher's zone and has a column per question, all in Chinese", async ({
  browser,
  baseURL,
  db,
  createUser,
  signIn,
}) => {
  const page = await newPage(browser, baseURL!, { locale: "zh", timezoneId: "Asia/Shanghai" });
  const teacher = await createUser({ role: "TEACHER", locale: "zh" });
  const student = await createUser({ name: "李雷" });
  const classroom = await seedClass(db, teacher.id, "网络一班", [student.id]);
  const assignment = await seedAssignment(db, classroom.id, teacher.id, "握手测验", ["handshake-synack-ack"]);
  await seedSubmission(db, assignment, student.id, { response: { kind: "number", value: 1 }, correct: true, misconception: null });
  await signIn(page, teacher);
  // The results page tells the server the browser's zone (the CSV's times follow it), and says 秒.
  await gotoHydrated(page, `/teach/assignments/${assignment.id}`);
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "hs-tz")?.value).toBe("Asia%2FShanghai");
  await expect(page.getByRole("row", { name: /李雷/ })).toContainText("1 分 35 秒");

  const csv = await page.request.get(`/api/teach/assignments/${assignment.id}/results`);
  expect(csv.status()).toBe(200);
  const disposition = csv.headers()["content-disposition"]!;
  expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe("握手测验.csv");
  const [header, row] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toContain("满分");
  expect(header).toContain("用时（秒）");
  expect(header).toContain("使用提示次数");
  expect(header).not.toMatch(/\bmax\b/);
  expect(header).toContain("提交时间（Asia/Shanghai）");
  expect(header).toContain("第 1 题：");
  const submitted = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: assignment.id } });
  const shanghai = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(submitted.submittedAt!);
  expect(row).toContain(shanghai);
  expect(row).not.toContain("Z,");
  expect(row!.split(",").at(-1)).toBe("1");
  await page.context().close();
});

test("bug 7: a broken import says so in Chinese, without the JSON parser's English", async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, { locale: "zh" });
  await gotoHydrated(page, "/simulator");
  await page.getByLabel("或者粘贴一个场景（JSON）").fill("{ not json");
  await page.getByRole("button", { name: "载入粘贴的 JSON" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "这不是 JSON" });
  await expect(alert).toContainText("载入任何内容");
  await expect(alert).not.toContainText(/Unexpected|position|token/);
  await page.context().close();
});

test("bug 8: counts of one are singular in English", async ({ page, db, createUser, signIn }) => {
  const teacher = await createUser({ role: "TEACHER" });
  const student = await createUser();
  const classroom = await seedClass(db, teacher.id, "Singular class", [student.id]);
  await seedAssignment(db, classroom.id, teacher.id, "Only one", ["handshake-synack-ack"]);
  await signIn(page, teacher);
  await gotoHydrated(page, "/teach");
  const card = page.getByRole("main");
  await expect(card).toContainText("1 student");
  await expect(card).not.toContainText("1 students");
  await expect(card).not.toContainText("1 assignments");
});

test("bug 10: a third-segment question draws the value it hides as '?', not a numbered blank it never asks for", async ({ page, db, createUser, signIn }) => {
  const student = await createUser();
  await signIn(page, student);
  const seeded = await seedPractice(db, student.id, "handshake-third-segment");
  await gotoHydrated(page, seeded.url);
  const figure = page.getByRole("main").locator("figure").first();
  await expect(figure.locator("svg")).toBeVisible();
  await expect(figure.locator("svg")).not.toContainText("(1)");
  await expect(figure.locator("svg")).toContainText("?");
  await expect(figure).not.toContainText("blank 1");
});

test("bug 12: a join link names the class signed out and brings the visitor back; a made-up code says it does not exist", async ({ page, db, createUser }) => {
  const teacher = await createUser({ role: "TEACHER", name: "Ms Lin" });
  const classroom = await seedClass(db, teacher.id, "Networks 101");
  await gotoHydrated(page, `/classes/join/${classroom.joinCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Join Networks 101" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Ms Lin invites you to join the class Networks 101");
  await expect(page.getByRole("link", { name: "Sign in to join" })).toHaveAttribute(
    "href",
    `/signin?next=${encodeURIComponent(`/classes/join/${classroom.joinCode}`)}`,
  );
  await expect(page.getByRole("link", { name: "Create an account" }).last()).toHaveAttribute(
    "href",
    `/signup?next=${encodeURIComponent(`/classes/join/${classroom.joinCode}`)}`,
  );
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  const student = await createUser();
  await page.getByRole("link", { name: "Sign in to join" }).click();
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/classes/join/${classroom.joinCode}$`));
  await expect(page.getByRole("button", { name: "Join" })).toBeVisible();

  await gotoHydrated(page, "/classes/join/ZZZZ-ZZZZ");
  await expect(page.getByRole("alert").filter({ hasText: "No class has the code" })).toContainText("No class has the code ZZZZ-ZZZZ.");
  await expect(page.getByText(/about to join/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Join" })).toHaveCount(0);
});

test("bug 13: Start over empties the preset picker, its name and its summary", async ({ page }) => {
  await gotoHydrated(page, "/simulator");
  const picker = page.getByLabel("Preset scenario");
  const hintOf = async () => page.locator(`[id="${await picker.getAttribute("aria-describedby")}"]`);
  const hint = await hintOf();
  const base = (await hint.textContent())!;
  await picker.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Load preset" }).click();
  await expect(page.getByText(/^Loaded: /)).toBeVisible();
  expect((await hint.textContent())!.length).toBeGreaterThan(base.length);
  await page.getByRole("button", { name: "Start over with an empty history" }).click();
  await expect(picker).toHaveValue("");
  await expect(await hintOf()).toHaveText(base);
  await expect(page.getByText(/^Loaded: /)).toHaveCount(0);
});

test("bug 14: the mastery grid fits 1280 px, designed for 18 concepts, with a readable Chinese student column", async ({
  browser,
  baseURL,
  db,
  createUser,
  signIn,
}) => {
  const page = await newPage(browser, baseURL!, { locale: "zh", viewport: { width: 1280, height: 900 } });
  const teacher = await createUser({ role: "TEACHER", locale: "zh" });
  const student = await createUser({ name: "欧阳娜娜同学" });
  const classroom = await seedClass(db, teacher.id, "网格班", [student.id]);
  await signIn(page, teacher);
  await gotoHydrated(page, `/teach/classes/${classroom.id}/mastery`);
  const region = page.getByRole("region", { name: "各概念掌握度" }).or(page.locator("main [role=region]").first());
  const sizes = await region.first().evaluate((box) => {
    const table = box.querySelector("table")!;
    const overflow = box.scrollWidth - box.clientWidth;
    // The columns' own widths, before the table stretches them over the free space.
    table.style.width = "auto";
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect().width);
    table.style.width = "";
    return { overflow, student: heads[0]!, concepts: heads.slice(1), available: box.clientWidth };
  });
  expect(sizes.overflow).toBeLessThanOrEqual(0);
  // Four Chinese characters at least, side by side.
  expect(sizes.student).toBeGreaterThanOrEqual(4 * 14);
  // 18 concept columns of this width still fit next to the student column.
  const widest = Math.max(...sizes.concepts);
  expect(sizes.student + 18 * widest).toBeLessThanOrEqual(sizes.available);
  await page.context().close();
});

test("bug 15: on a phone the results show each student's Answers link, and say the table scrolls sideways", async ({
  browser,
  baseURL,
  db,
  createUser,
  signIn,
}) => {
  const page = await newPage(browser, baseURL!, { viewport: PHONE });
  const teacher = await createUser({ role: "TEACHER" });
  const student = await createUser({ name: "Ada Phone" });
  const classroom = await seedClass(db, teacher.id, "Phone class", [student.id]);
  const assignment = await seedAssignment(db, classroom.id, teacher.id, "Phone results", ["handshake-synack-ack"]);
  await signIn(page, teacher);
  await gotoHydrated(page, `/teach/assignments/${assignment.id}`);
  const answers = page.getByRole("link", { name: "Answers of Ada Phone" });
  await answers.scrollIntoViewIfNeeded();
  await expect(answers).toBeInViewport({ ratio: 1 });
  const results = page.locator('[role=region][aria-label="Results"]');
  await expect(page.getByTestId("scroll-hint").first()).toHaveText("Scroll sideways to see everything →");
  await expect(results).toHaveAttribute("tabindex", "0");
  await page.context().close();
});

test("bug 16: flashcard diagrams name states SYN-RECEIVED and ESTABLISHED, never SYN-RCVD or ESTAB", async ({ page }) => {
  await gotoHydrated(page, "/flashcards");
  const svg = page.getByRole("main").locator("figure svg").first();
  await expect(svg).toContainText("ESTABLISHED");
  const text = (await svg.textContent()) ?? "";
  expect(text).not.toContain("SYN-RCVD");
  expect(text).not.toMatch(/ESTAB(?!LISHED)/);
});

test("bug 17: extending a due time confirms it; a one-state order is refused", async ({ page, db, createUser, signIn, browser }) => {
  const teacher = await createUser({ role: "TEACHER" });
  const student = await createUser({ name: "Bo Extend" });
  const classroom = await seedClass(db, teacher.id, "Extend class", [student.id]);
  const assignment = await seedAssignment(db, classroom.id, teacher.id, "Extend me", ["handshake-synack-ack"]);
  await signIn(page, teacher);
  await gotoHydrated(page, `/teach/assignments/${assignment.id}`);
  await page.getByLabel("New due time for Bo Extend").fill("2030-05-01T09:00");
  await page.getByRole("button", { name: "Extend" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Due time for Bo Extend set to" })).toContainText("2030");

  // The learner in a browser of their own: a late response to the teacher's page could otherwise
  // set the teacher's session cookie again after the learner signed in.
  const learner = await createUser();
  const context = await browser.newContext();
  const learnerPage = await context.newPage();
  await signIn(learnerPage, learner);
  const seeded = await seedPractice(db, learner.id, "handshake-state-order");
  await gotoHydrated(learnerPage, seeded.url);
  const options = learnerPage.getByRole("group", { name: /^Choose the states of/ }).getByRole("button");
  await options.first().click();
  await learnerPage.getByRole("button", { name: "Check answer" }).click();
  await expect(learnerPage.getByText("Choose at least two states, in the order the endpoint passes through them.")).toBeVisible();
  expect(await db.practiceAttempt.count({ where: { questionId: seeded.id } })).toBe(0);
  await context.close();
});
