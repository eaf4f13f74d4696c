// Teachers and classes end to end: a teacher creates a class and an assignment, two students join
// and take it with numbers of their own, the teacher reads the results, the item analysis and the
// CSV; a late submission is refused. Right answers are computed with lib/questions from the
// assignment's stored seed key (as the server does), never read from a page.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { answerFor, generateQuestion, type Difficulty } from "../lib/questions";
import { variantSeed } from "../lib/teach/variant-seed";
import { expect, test, type TestUser } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

async function newPage(browser: Browser, signIn: (page: Page, user: TestUser) => Promise<void>, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** The key of a student's item, computed the way the server derives it. */
async function keyFor(db: Db, assignmentId: string, studentId: string, attempt: number, itemIndex: number): Promise<number> {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const seed = variantSeed({ seedKey: row.seedKey, assignmentId, studentId, attempt, itemIndex });
  const key = answerFor(generateQuestion(row.itemTemplates[itemIndex]!, seed, row.difficulty as Difficulty));
  if (key.kind !== "number") throw new Error("expected a number question");
  return key.value;
}

async function joinAndStart(page: Page, joinCode: string, title: string) {
  await page.goto("/classes");
  await page.getByLabel("Class code").fill(joinCode.toLowerCase());
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText(/You joined/)).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("Not started")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("question-prompt")).toBeVisible();
}

async function answer(page: Page, value: number) {
  await page.locator("form").getByRole("textbox").fill(String(value));
  await page.getByRole("button", { name: "Save answer" }).click();
}

test("a teacher sets an assignment; two students take their own variants; the teacher reads results, item analysis and CSV", async ({
  browser,
  page,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", name: "Ms Teach" });
  const ada = await createUser({ name: "Ada Student" });
  const bob = await createUser({ name: "=Bob Formula" });

  await signIn(page, teacher);
  await page.goto("/teach");
  await expect(page.getByText("No classes yet")).toBeVisible();
  await page.getByLabel("Class name").fill("Networks <b>101</b>");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Networks <b>101</b>" })).toBeVisible();
  const joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByText("No students yet")).toBeVisible();

  await page.getByRole("link", { name: "New assignment" }).click();
  await page.getByLabel("Title").fill("Handshake numbers");
  await page.getByLabel("Question types").check();
  await page.getByLabel(/The acknowledgment number of the SYN,ACK/).check();
  await page.getByLabel(/Acknowledging the first FIN/).check();
  await page.getByLabel("Number of questions").fill("2");
  await page.getByLabel("Difficulty").selectOption("2");
  await page.getByRole("button", { name: "Create assignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handshake numbers" })).toBeVisible();
  const assignmentId = page.url().split("/").pop()!;

  // The preview shows the teacher a sample with keys.
  await page.getByRole("link", { name: "Preview a sample" }).click();
  await expect(page.getByTestId("preview-key")).toHaveCount(2);

  // Two students join with the code and get different numbers.
  const adaPage = await newPage(browser, signIn, ada);
  const bobPage = await newPage(browser, signIn, bob);
  await joinAndStart(adaPage, joinCode, "Handshake numbers");
  await joinAndStart(bobPage, joinCode, "Handshake numbers");
  const adaPrompt = await adaPage.getByTestId("question-prompt").textContent();
  const bobPrompt = await bobPage.getByTestId("question-prompt").textContent();
  expect(adaPrompt).not.toBe(bobPrompt);

  // Ada: first right (feedback at once), then a reload resumes at the second, which she gets wrong.
  await answer(adaPage, await keyFor(db, assignmentId, ada.id, 1, 0));
  await expect(adaPage.getByRole("heading", { name: "Correct" })).toBeVisible();
  await adaPage.reload();
  await expect(adaPage.getByText("1 of 2 answered")).toBeVisible();
  await answer(adaPage, (await keyFor(db, assignmentId, ada.id, 1, 1)) + 1);
  await expect(adaPage.getByTestId("expected-answer")).toBeVisible();
  adaPage.once("dialog", (dialog) => void dialog.accept());
  await adaPage.getByRole("button", { name: "Submit assignment" }).click();
  await expect(adaPage.getByTestId("score")).toHaveText("Score: 1 of 2");
  // The review draws an answer's run only when it is opened.
  const runs = adaPage.getByText("Show the whole run as a diagram");
  await expect(runs).toHaveCount(2);
  await expect(adaPage.getByRole("img", { name: /The whole run/ })).toHaveCount(0);
  // The page carries no run: it is fetched when opened, and then it can be downloaded too.
  await expect(adaPage.getByRole("button", { name: "Download as pcap" })).toHaveCount(0);
  await runs.first().click();
  await expect(adaPage.getByRole("img", { name: /The whole run/ })).toHaveCount(1);
  await expect(adaPage.getByRole("button", { name: "Download as pcap" })).toHaveCount(1);
  // The file is written on the click (the writer loads then): a pcap that Wireshark opens.
  const [download] = await Promise.all([adaPage.waitForEvent("download"), adaPage.getByRole("button", { name: "Download as pcap" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pcap$/);
  const file = readFileSync((await download.path())!);
  expect(file.readUInt32LE(0)).toBe(0xa1b2c3d4);
  expect(file.length).toBeGreaterThan(24 + 16);

  // Bob answers with Ada's number for his first question, which is wrong for his own variant.
  await answer(bobPage, await keyFor(db, assignmentId, ada.id, 1, 0));
  await expect(bobPage.getByTestId("expected-answer")).toBeVisible();
  bobPage.once("dialog", (dialog) => void dialog.accept());
  await bobPage.getByRole("button", { name: "Submit assignment" }).click();
  await expect(bobPage.getByTestId("score")).toHaveText("Score: 0 of 2");

  // The teacher's results, item analysis and CSV.
  await page.goto(`/teach/assignments/${assignmentId}`);
  const table = page.getByRole("table").first();
  await expect(table.getByRole("row", { name: /Ada Student/ })).toContainText("1 / 2");
  await expect(table.getByRole("row", { name: /=Bob Formula/ })).toContainText("0 / 2");
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await expect(page.getByText(/upper–lower 27% index D/)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Discrimination (D)" }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Q1/ })).toContainText("%");

  const csv = await page.request.get(`/api/teach/assignments/${assignmentId}/results`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="handshake-numbers.csv"; filename*=UTF-8''Handshake%20numbers.csv`);
  const body = await csv.text();
  expect(body).toContain("Ada Student");
  expect(body).toContain(`"'=Bob Formula"`);

  // Drill-down into one student's answers.
  await page.getByRole("link", { name: "Answers of Ada Student" }).click();
  await expect(page.getByRole("heading", { name: "Attempt 1" })).toBeVisible();
  await expect(page.getByText("✓ Correct")).toHaveCount(1);

  // The class grid shows the students' mastery with its number.
  await page.goto(`/teach/assignments/${assignmentId}`);
  await page.getByRole("link", { name: /Back to/ }).click();
  await page.getByRole("link", { name: "Mastery by concept" }).click();
  const row = page.getByRole("row", { name: /Ada Student/ });
  await expect(row).toContainText("%");
  // A cell with answers shows its percentage and how many answers it rests on; one without says so.
  await expect(row.getByRole("cell").filter({ hasText: "%" }).first()).toContainText(/^\d+%\(\d+\)$/);
  await expect(row.getByRole("cell", { name: "no answers" }).first()).toBeVisible();
  await expectNoSeriousViolations(page, "class mastery grid");
});

test("a late submission is refused, and an assignment past its due time takes no work", async ({ page, createUser, signIn, db }) => {
  const teacher = await createUser({ role: "TEACHER" });
  const student = await createUser();
  const classroom = await db.classroom.create({
    data: { teacherId: teacher.id, name: "Late class", joinCode: randomBytes(4).toString("hex").toUpperCase().replace(/[01]/g, "A") },
  });
  await db.classMember.create({ data: { classId: classroom.id, studentId: student.id } });
  const base = {
    classId: classroom.id,
    teacherId: teacher.id,
    concepts: ["handshake-numbers"],
    itemTemplates: ["handshake-synack-ack"],
    difficulty: 1,
    opensAt: new Date(Date.now() - 86_400_000),
    attemptsAllowed: 1,
    showAnswers: "IMMEDIATELY" as const,
    seedKey: randomBytes(32).toString("base64url"),
  };
  const past = await db.assignment.create({ data: { ...base, title: "Already due", dueAt: new Date(Date.now() - 60_000) } });
  const soon = await db.assignment.create({ data: { ...base, title: "Due in a moment", dueAt: new Date(Date.now() + 3_600_000) } });

  await signIn(page, student);
  await page.goto(`/assignments/${past.id}`);
  await expect(page.getByText("The due time has passed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);

  await page.goto(`/assignments/${soon.id}`);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("question-prompt")).toBeVisible();
  // The due time passes while the page is open (moved rather than waited for, so a slow machine
  // cannot make the student miss the start).
  await db.assignment.update({ where: { id: soon.id }, data: { dueAt: new Date(Date.now() - 1_000) } });
  await page.locator("form").getByRole("textbox").fill("1");
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText(/The due time has passed: answers and submissions are no longer accepted/)).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Submit assignment" }).click();
  await expect(page.getByText(/The due time has passed: answers and submissions are no longer accepted/)).toBeVisible();
  const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: soon.id, studentId: student.id } });
  expect(submission.submittedAt).toBeNull();
  expect(await db.assignmentAnswer.count({ where: { submissionId: submission.id } })).toBe(0);

  await page.goto("/classes");
  await expect(page.getByRole("listitem").filter({ hasText: "Due in a moment" })).toContainText("Late");
});
