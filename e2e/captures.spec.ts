// The capture lab at /captures: a real pcap file chosen in the file picker is analysed in the
// browser; keyboard stepping, relative numbers, a bad file (its message in English and in
// Chinese), the phone width and axe; a signed-in learner saves the capture, answers a question
// about it (graded on the server, recorded with their mastery) and it stays private to them; a
// teacher asks for a capture in an assignment, a student hands one in, and the teacher opens it.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForHydration } from "./support/hydrated";

// Playwright runs from the project root.
const SAMPLE = join(process.cwd(), "public", "captures", "linux-open-close.pcap");

async function open(page: Page) {
  await page.goto("/captures");
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "Capture lab" })).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

test("a guest chooses a real Linux capture and steps through both endpoints' states", async ({ page }) => {
  // Two axe runs and a file analysed in the browser: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(60_000);
  await open(page);
  await page.getByLabel("Choose a capture file").setInputFiles(SAMPLE);
  await expect(page.getByText("11 frames, 0 of them not TCP, 1 TCP connections.")).toBeVisible();
  const table = page.getByRole("region", { name: /Every segment of connection 1/ });
  await expect(table.getByRole("row")).toHaveCount(12);
  // The server answered the SYN, so it was listening; the client's FIN leaves it in CLOSE-WAIT.
  await expect(page.getByText("Before the first segment: client CLOSED, server LISTEN.")).toBeVisible();
  await expect(page.getByText("At the end of the capture: client TIME-WAIT, server CLOSED.")).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toContainText("SYN seq=0");
  await table.focus();
  for (let i = 0; i < 7; i += 1) await page.keyboard.press("ArrowDown");
  await expect(page.getByText("Segment 8 of 11")).toBeVisible();
  const current = table.locator('tr[aria-current="true"]');
  await expect(current).toContainText("FIN,ACK");
  await expect(current).toContainText("FIN-WAIT-1");
  await expect(current).toContainText("CLOSE-WAIT");
  await page.getByRole("radio", { name: "Absolute" }).check();
  await expect(table.getByRole("row").nth(1)).toContainText(/SYN seq=\d{5,}/);
  await expect(page.getByRole("link", { name: "Open in the simulator" })).toHaveAttribute("href", /^\/simulator\?s=/);
  await expectAxeClean(page);
});

test("a file that is not a capture gets one clear line, and nothing else changes", async ({ page }) => {
  await open(page);
  await page.getByLabel("Choose a capture file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some notes\n") });
  await expect(page.getByRole("alert").filter({ hasText: "could not be analysed" })).toContainText("not a pcap, pcapng or tcpdump text file");
  await expect(page.getByRole("heading", { name: "Connections" })).toHaveCount(0);
});

test("on a phone the lab fits the screen and reads in Chinese", async ({ page, context, baseURL }) => {
  // Two axe runs and a file analysed in the browser: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(60_000);
  await context.addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/captures");
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "抓包实验室" })).toBeVisible();
  await page.getByLabel("选择抓包文件").setInputFiles(SAMPLE);
  await expect(page.getByText("抓包结束时：客户端处于 TIME-WAIT，服务器处于 CLOSED。")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAxeClean(page);

  // A file cut short: the reader's message in Chinese, naming the frame, not the English line.
  await page
    .getByLabel("选择抓包文件")
    .setInputFiles({ name: "cut.pcap", mimeType: "application/vnd.tcpdump.pcap", buffer: readFileSync(SAMPLE).subarray(0, 30) });
  const alert = page.getByRole("alert").filter({ hasText: "无法分析这个文件" });
  await expect(alert).toContainText("第 1 帧：记录头被截断（文件在记录头的 6 字节处结束）");
  await expect(alert).not.toContainText("truncated");
  await expectAxeClean(page);
});

test("a learner saves a capture, answers a question about it, and no one else can open it", async ({ page, db, createUser, signIn, browser }) => {
  test.setTimeout(60_000);
  const learner = await createUser();
  await signIn(page, learner);
  await open(page);
  await page.getByLabel("Choose a capture file").setInputFiles(SAMPLE);
  await page.getByRole("button", { name: "Save to my account" }).click();
  await expect(page.getByText("Saved as “linux-open-close.pcap”.")).toBeVisible();
  const row = await db.savedCapture.findFirstOrThrow({ where: { userId: learner.id } });
  expect(Buffer.from(row.bytes).equals(readFileSync(SAMPLE))).toBe(true);

  await page.getByRole("button", { name: "Questions about this capture" }).click();
  // The question's own input (choices or a number field) shows that it has arrived.
  await page.locator('input[type="radio"][name$="-answer"], input[inputmode="numeric"]').first().waitFor();
  const radios = page.locator('input[type="radio"][name$="-answer"]');
  if ((await radios.count()) > 0) await radios.first().check();
  else await page.getByLabel("Your answer").fill("1");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(/^(Correct\.|Not quite: the answer is .+\.) Your answer counts toward your progress\.$/)).toBeVisible();
  // Recorded like any practice answer, and counted in the learner's mastery.
  const attempt = await db.captureAttempt.findFirstOrThrow({ where: { userId: learner.id } });
  expect(attempt.captureId).toBe(row.id);
  const rollup = await db.conceptRollup.findUniqueOrThrow({ where: { userId_concept: { userId: learner.id, concept: attempt.concept } } });
  expect(rollup).toMatchObject({ attempts: 1, correct: attempt.correct ? 1 : 0 });

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, await createUser());
  await otherPage.goto("/captures");
  await expect(otherPage.getByText("You have not saved a capture yet.")).toBeVisible();
  await other.close();
});

test("a teacher asks for a capture, a student hands one in, and only the teacher opens it to make a question", async ({
  page,
  db,
  createUser,
  signIn,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const teacher = await createUser({ role: "TEACHER", name: "Ms Wire" });
  const student = await createUser({ name: "Cleo Capture" });
  const classroom = await db.classroom.create({
    data: { teacherId: teacher.id, name: "Networks lab", joinCode: randomBytes(4).toString("hex").toUpperCase().replace(/[01]/g, "A") },
  });
  await db.classMember.create({ data: { classId: classroom.id, studentId: student.id } });
  const assignment = await db.assignment.create({
    data: {
      classId: classroom.id,
      teacherId: teacher.id,
      title: "Capture a close",
      concepts: ["handshake-numbers"],
      itemTemplates: ["handshake-synack-ack"],
      difficulty: 1,
      opensAt: new Date(Date.now() - 3_600_000),
      dueAt: new Date(Date.now() + 86_400_000),
      attemptsAllowed: 1,
      showAnswers: "IMMEDIATELY",
      seedKey: randomBytes(32).toString("base64url"),
    },
  });
  await db.savedCapture.create({ data: { userId: student.id, name: "my-close.pcap", bytes: readFileSync(SAMPLE), size: readFileSync(SAMPLE).length } });

  // The teacher sets the task on the assignment's page.
  await signIn(page, teacher);
  await page.goto(`/teach/assignments/${assignment.id}`);
  await waitForHydration(page);
  await page.getByLabel("What students should capture and hand in").fill("Capture a connection you open and close with curl, with tcpdump -w.");
  await page.getByRole("button", { name: "Save the capture task" }).click();
  await expect(page.getByText("The capture task is saved: students see it on the assignment.")).toBeVisible();

  // The student, in Chinese on a phone, sees it and hands in their saved capture with the keyboard.
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await studentContext.addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, student);
  await studentPage.goto(`/assignments/${assignment.id}`);
  await waitForHydration(studentPage);
  await expect(studentPage.getByRole("heading", { name: "提交抓包" })).toBeVisible();
  await expect(studentPage.getByText("Capture a connection you open and close with curl, with tcpdump -w.")).toBeVisible();
  await expect(studentPage.getByLabel("你保存的抓包")).toHaveValue(/.+/);
  await studentPage.getByRole("button", { name: "提交", exact: true }).focus();
  await studentPage.keyboard.press("Enter");
  await expect(studentPage.getByRole("status").filter({ hasText: "你已提交“my-close.pcap”。" })).toBeVisible();
  expect(await studentPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expectAxeClean(studentPage);
  expect(await db.captureSubmission.count({ where: { assignmentId: assignment.id, studentId: student.id } })).toBe(1);

  // The teacher opens it in the capture lab and can make a question of it.
  await page.reload();
  await expect(page.getByRole("region", { name: "Each student's hand-in" }).getByRole("row", { name: /Cleo Capture/ })).toContainText("my-close.pcap");
  await expectAxeClean(page);
  await page.getByRole("link", { name: "Open my-close.pcap from Cleo Capture" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cleo Capture: my-close.pcap" })).toBeVisible();
  await expect(page.getByText("At the end of the capture: client TIME-WAIT, server CLOSED.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save to my account" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Make a question from this connection" })).toHaveAttribute("href", /^\/teach\/questions\/new\?s=/);
  await expectAxeClean(page);
  const handInUrl = page.url();

  // Another teacher gets a 404, and so does the student.
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, await createUser({ role: "TEACHER" }));
  expect((await otherPage.goto(handInUrl))!.status()).toBe(404);
  expect((await studentPage.goto(handInUrl))!.status()).toBe(404);
});
