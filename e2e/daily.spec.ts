// Issue 17, "what people reach for every day": the signed-in home, adaptive practice that says why,
// the flashcard browser with suspend and bury, and hints before answering (recorded, shown to the
// teacher, never the key). Each test seeds its own data; answers come from lib/questions.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { newCardSnapshot } from "../lib/flashcards/scheduler";
import { generateQuestion } from "../lib/questions";
import { hintFor } from "../lib/questions/hints";
import type { AppPrismaClient } from "../lib/server/prisma-client";
import { expect, test } from "./fixtures";
import { gotoHydrated, waitForHydration } from "./support/hydrated";

const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function zhPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addCookies([{ name: "hs-locale", value: "zh", url: baseURL }]);
  return context.newPage();
}

async function seedClassWithAssignment(db: AppPrismaClient, teacherId: string, studentId: string, title: string, templates: string[]) {
  const classroom = await db.classroom.create({
    data: { teacherId, name: `Daily ${randomBytes(3).toString("hex")}`, joinCode: randomBytes(4).toString("hex").toUpperCase().replace(/[01]/g, "A") },
  });
  await db.classMember.create({ data: { classId: classroom.id, studentId } });
  return db.assignment.create({
    data: {
      classId: classroom.id,
      teacherId,
      title,
      concepts: [],
      itemTemplates: templates,
      difficulty: 1,
      opensAt: new Date(Date.now() - DAY),
      dueAt: new Date(Date.now() + DAY),
      attemptsAllowed: 1,
      showAnswers: "IMMEDIATELY",
      seedKey: randomBytes(8).toString("hex"),
    },
  });
}

/** A card in the learner's deck, due an hour ago. */
async function seedDueCard(db: AppPrismaClient, userId: string, cardId: string) {
  const card = newCardSnapshot(new Date(Date.now() - 2 * DAY));
  await db.flashcardState.create({
    data: {
      userId,
      cardId,
      due: new Date(Date.now() - 3_600_000),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      lastReview: new Date(Date.now() - DAY),
    },
  });
}

test.describe("the home of the signed-in", () => {
  test("shows cards due, where practice goes on, assignments due soon and the streak; visitors get the marketing page", async ({
    page,
    browser,
    baseURL,
    createUser,
    signIn,
    db,
  }) => {
    await page.setViewportSize(PHONE);
    const teacher = await createUser({ role: "TEACHER" });
    const student = await createUser({ name: "Dana Daily" });
    await seedClassWithAssignment(db, teacher.id, student.id, "Handshake check", ["handshake-synack-ack"]);
    await seedDueCard(db, student.id, "concept:why-2msl");

    await gotoHydrated(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: "Learn how TCP opens and closes connections" })).toBeVisible();

    await signIn(page, student);
    await gotoHydrated(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
    await expect(page.getByText("Welcome back, Dana Daily.")).toBeVisible();
    await expect(page.getByTestId("home-cards")).toHaveText("1 card due and 20 new cards for today.");
    await expect(page.getByText("Starting with the fundamentals: Three-way handshake: states.", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Handshake check" })).toBeVisible();
    await expect(page.getByText("Not started")).toBeVisible();
    await expect(page.getByTestId("home-streak")).toHaveText("No streak yet");
    await expectNoSeriousViolations(page);

    // Keyboard: the review link is reachable and opens the review.
    const review = page.getByRole("link", { name: "Review now" });
    await review.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/flashcards\/review/);

    const zh = await zhPage(browser, baseURL!);
    await signIn(zh, student);
    await gotoHydrated(zh, "/");
    await expect(zh.getByRole("heading", { level: 1, name: "今天" })).toBeVisible();
    await expect(zh.getByText("欢迎回来，Dana Daily。")).toBeVisible();
    await expect(zh.getByTestId("home-cards")).toHaveText("今天有 1 张卡片到期，20 张新卡。");
    await expect(zh.getByText("从基础开始：三次握手：状态变化。", { exact: false })).toBeVisible();
    await zh.context().close();
  });
});

test.describe("adaptive practice", () => {
  test("starts a new learner at the fundamentals and says why", async ({ page, createUser, signIn }) => {
    await page.setViewportSize(PHONE);
    await signIn(page, await createUser());
    await gotoHydrated(page, "/practice?mode=adaptive");
    await expect(page.getByTestId("practice-reason")).toHaveText(/^Starting with the fundamentals: Three-way handshake: states\./);
    await expect(page.getByText("Three-way handshake: states", { exact: true })).toBeVisible();
  });
});

test.describe("hints before answering", () => {
  test("practice: the hint comes only when asked, is recorded with the answer, and never holds the key", async ({ page, createUser, signIn, db }) => {
    await page.setViewportSize(PHONE);
    const user = await createUser();
    await signIn(page, user);
    const seed = 424_242;
    const question = generateQuestion("handshake-synack-ack", seed, 1);
    const row = await db.practiceQuestion.create({
      data: { userId: user.id, templateId: question.template, concept: question.concept, seed, difficulty: 1, locale: "en" },
    });
    const hint = hintFor(question).en;
    const key = question.key.kind === "number" ? question.key.value : -1;

    const response = await page.goto(`/practice?mode=adaptive&q=${row.id}`);
    expect(await response!.text()).not.toContain(hint.slice(0, 40));
    await waitForHydration(page);
    await expect(page.getByText("Your answer will be saved as given with a hint.")).toBeVisible();

    const button = page.getByRole("button", { name: "Show a hint" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("hint-text")).toHaveText(hint);
    expect(hint).not.toContain(String(key));
    await expect.poll(async () => (await db.practiceQuestion.findUniqueOrThrow({ where: { id: row.id } })).hintShownAt).not.toBeNull();

    // A reload keeps the hint on screen.
    await page.reload();
    await expect(page.getByTestId("hint-text")).toHaveText(hint);

    await page.getByLabel("ack of the SYN,ACK").fill(String(key));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: /Correct/ })).toBeVisible();
    expect((await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: row.id } })).hintUsed).toBe(true);
  });

  test("assignments: a hint is recorded and the teacher sees it in the results", async ({ page, browser, createUser, signIn, db }) => {
    const teacher = await createUser({ role: "TEACHER" });
    const student = await createUser({ name: "Hinted Student" });
    const assignment = await seedClassWithAssignment(db, teacher.id, student.id, "Hinted quiz", ["handshake-synack-ack"]);
    await db.assignmentSubmission.create({ data: { assignmentId: assignment.id, studentId: student.id, attempt: 1 } });

    await page.setViewportSize(PHONE);
    await signIn(page, student);
    await gotoHydrated(page, `/assignments/${assignment.id}`);
    await expect(page.getByText("Your teacher will see that you used a hint on this question.")).toBeVisible();
    await page.getByRole("button", { name: "Show a hint" }).click();
    await expect(page.getByTestId("hint-text")).toContainText("Which side's number does the SYN,ACK acknowledge");
    await page.getByLabel("ack of the SYN,ACK").fill("1");
    await page.getByRole("button", { name: "Save answer" }).click();
    await expect.poll(async () => (await db.assignmentAnswer.findFirst({ where: { studentId: student.id } }))?.hintUsed).toBe(true);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Submit assignment" }).click();
    await expect.poll(async () => (await db.assignmentSubmission.findFirstOrThrow({ where: { studentId: student.id } })).submittedAt).not.toBeNull();

    const teacherPage = await (await browser.newContext()).newPage();
    await signIn(teacherPage, teacher);
    await gotoHydrated(teacherPage, `/teach/assignments/${assignment.id}`);
    await expect(teacherPage.getByRole("row", { name: /Hinted Student/ }).getByText("1 hint", { exact: true })).toBeVisible();
    await gotoHydrated(teacherPage, `/teach/assignments/${assignment.id}/students/${student.id}`);
    await expect(teacherPage.getByText("Hint used", { exact: true })).toBeVisible();
    await teacherPage.context().close();
  });
});

test.describe("the flashcard browser", () => {
  test("searches and filters, suspends and buries by keyboard at phone width, in both languages", async ({
    page,
    browser,
    baseURL,
    createUser,
    signIn,
    db,
  }) => {
    // Many page loads on a shared 2-core machine: more room than the default 30 s.
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    const user = await createUser();
    await db.flashcardSettings.create({ data: { userId: user.id, newCardsPerDay: 0 } });
    await seedDueCard(db, user.id, "concept:why-2msl");
    await signIn(page, user);

    await gotoHydrated(page, "/flashcards/browse");
    await expect(page.getByRole("heading", { level: 1, name: "Browse cards" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /cards$/ })).toBeVisible();

    // Search and filters: a plain form, submitted with Enter.
    await page.getByLabel("State", { exact: true }).selectOption("due");
    await page.getByLabel("Search", { exact: true }).fill("2 MSL");
    await page.getByLabel("Search", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/state=due/);
    await expect(page.getByText("1 card", { exact: true })).toBeVisible();
    await expect(page.getByText("Why does TIME-WAIT last 2 MSL?")).toBeVisible();
    await expectNoSeriousViolations(page);

    // Suspend by keyboard: announced, and the card leaves the review.
    const suspend = page.getByRole("button", { name: /^Suspend: Why does TIME-WAIT last 2 MSL\?/ });
    await suspend.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Suspended. The card stays out of reviews until you unsuspend it.")).toBeVisible();
    await gotoHydrated(page, "/flashcards/browse?state=suspended");
    await expect(page.getByText("Why does TIME-WAIT last 2 MSL?")).toBeVisible();
    await expect(page.getByText("Suspended", { exact: true }).last()).toBeVisible();
    await gotoHydrated(page, "/flashcards/review");
    await expect(page.getByText("Why does TIME-WAIT last 2 MSL?")).toHaveCount(0);

    // Unsuspend, then bury: still out of today's review, and marked.
    await gotoHydrated(page, "/flashcards/browse?state=suspended");
    await page.getByRole("button", { name: /^Unsuspend: / }).click();
    await expect(page.getByText("Unsuspended. The card comes up in reviews again.")).toBeVisible();
    await gotoHydrated(page, "/flashcards/browse?deck=time-wait");
    await page.getByRole("button", { name: /^Bury until tomorrow: Why does TIME-WAIT last 2 MSL\?/ }).click();
    await expect(page.getByText("Buried. The card comes back tomorrow.")).toBeVisible();
    const hold = await db.flashcardHold.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "concept:why-2msl" } } });
    expect(hold.suspended).toBe(false);
    expect(hold.buriedUntil!.getTime()).toBeGreaterThan(Date.now());
    await gotoHydrated(page, "/flashcards/review");
    await expect(page.getByText("Why does TIME-WAIT last 2 MSL?")).toHaveCount(0);

    const zh = await zhPage(browser, baseURL!);
    await signIn(zh, user);
    await gotoHydrated(zh, "/flashcards/browse?state=buried");
    await expect(zh.getByRole("heading", { level: 1, name: "浏览卡片" })).toBeVisible();
    await expect(zh.getByText("1 张卡片", { exact: true })).toBeVisible();
    await expect(zh.getByText("搁置到明天", { exact: true }).first()).toBeVisible();
    await zh.context().close();
  });
});
