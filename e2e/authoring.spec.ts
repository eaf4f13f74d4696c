// A teacher writes their own question without code, tried as a new user would: from a simulator
// preset to the editor, six students' variants previewed, the question saved, set in an
// assignment that two students take with numbers of their own, the results and item analysis
// read, and the question and the assignment exported to Moodle XML and QTI 2.1. Once in English
// on a desktop, once in Chinese at phone width with the keyboard only. Right answers are computed
// with lib/authoring from the stored spec and the assignment's seed key (as the server does),
// never read from a page.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { generateVariant, parseSpec } from "../lib/authoring";
import { answerFor, type QuestionResponse } from "../lib/questions";
import { variantSeed } from "../lib/teach/variant-seed";
import { expect, test, type TestUser } from "./fixtures";
import { gotoHydrated, waitForHydration } from "./support/hydrated";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

async function newPage(browser: Browser, signIn: (page: Page, user: TestUser) => Promise<void>, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

/** The key of a student's authored item, derived as the server derives it. */
async function keyFor(db: Db, assignmentId: string, studentId: string, itemIndex: number): Promise<QuestionResponse> {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const itemId = row.itemTemplates[itemIndex]!;
  const version = await db.authoredQuestionVersion.findUniqueOrThrow({ where: { id: itemId.slice("authored:".length) } });
  const parsed = parseSpec(version.spec);
  if (!parsed.ok) throw new Error("stored spec does not parse");
  const seed = variantSeed({ seedKey: row.seedKey, assignmentId, studentId, attempt: 1, itemIndex });
  const variant = generateVariant(parsed.spec, itemId, seed);
  if (!variant.ok) throw new Error(variant.failure.message.en);
  return answerFor(variant.question);
}

/** Presses Tab until `target` has the focus: the keyboard is the only way the test moves. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** No serious or critical axe violation (the bar of e2e/a11y.spec.ts). */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.passes.length, `${label}: axe ran checks`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `${label}: serious or critical axe violations`).toEqual([]);
}

async function classWith(db: Db, teacher: TestUser, students: TestUser[]) {
  const classroom = await db.classroom.create({
    data: {
      teacherId: teacher.id,
      name: `Authoring ${randomBytes(3).toString("hex")}`,
      joinCode: randomBytes(4).toString("hex").toUpperCase().replace(/[01]/g, "A"),
    },
  });
  for (const s of students) await db.classMember.create({ data: { classId: classroom.id, studentId: s.id } });
  return classroom;
}

test("a teacher builds a question from a simulator preset, sets it, two students take their own variants, and it goes out to Moodle and QTI", async ({
  browser,
  page,
  createUser,
  signIn,
  db,
}) => {
  test.setTimeout(150_000);
  const teacher = await createUser({ role: "TEACHER", name: "Ms Author" });
  const ada = await createUser({ name: "Ada Student" });
  const bob = await createUser({ name: "Bob Student" });
  const classroom = await classWith(db, teacher, [ada, bob]);

  // From the simulator: a preset, then "make a question".
  await signIn(page, teacher);
  // A preset chosen before React has hydrated the picker leaves "Load preset" disabled.
  await gotoHydrated(page, "/simulator");
  await page.getByRole("combobox", { name: "Preset scenario" }).selectOption({ label: "Three-way handshake" });
  await page.getByRole("button", { name: "Load preset" }).click();
  await expect(page.getByTestId("history-position")).toHaveText("Step 5 of 5");
  await page.getByRole("link", { name: "Make a question from this run" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  await expect(page.getByTestId("run-steps").getByRole("listitem")).toHaveCount(5);

  // Point at the run: the ack of segment 2 (the SYN,ACK).
  await page.getByLabel("Title (English)").fill("The ack of the SYN,ACK");
  await page.getByLabel("Title (Chinese)").fill("SYN,ACK 的确认号");
  await page.getByLabel("Concept", { exact: true }).selectOption({ label: "Three-way handshake: sequence numbers" });
  await page.getByRole("radio", { name: "The flags, seq or ack of a segment" }).check();
  await page.getByLabel("Segment", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Field", { exact: true }).selectOption("ack");
  await page.getByLabel("Let A and B trade parts for half the students (client or server)").check();

  // Six students' variants, each with a key; different students, different keys.
  const keys = page.getByTestId("variant-key");
  await expect(keys).toHaveCount(6);
  expect(new Set(await keys.allTextContents()).size).toBeGreaterThan(3);
  await expect(page.getByTestId("variant-failure")).toHaveCount(0);
  await expect(page.getByTestId("variant-prompt").first()).toContainText("segment 2, from");
  await expectAccessible(page, "the editor with its preview");

  // A placeholder that names nothing is refused in the preview and by the server.
  await page.getByLabel("Prompt (English)").fill("What ack does {client} get back from {nobody}?");
  await page.getByLabel("Prompt (Chinese)").fill("{client} 收到的确认号是多少？");
  await expect(page.getByRole("alert").filter({ hasText: "{nobody} names nothing here" })).toBeVisible();
  await expect(keys).toHaveCount(0);
  await page.getByLabel("Prompt (English)").fill("");
  await page.getByLabel("Prompt (Chinese)").fill("");
  await expect(keys).toHaveCount(6);

  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/teach\/questions\/[a-z0-9]+\?saved=1$/);

  // The bank lists it; the assignment form offers it next to the built-in templates.
  await page.goto("/teach/questions");
  await expect(page.getByRole("row", { name: /The ack of the SYN,ACK/ })).toContainText("0 assignments");
  await page.goto(`/teach/classes/${classroom.id}/assignments/new`);
  await page.getByLabel("Title").fill("My own question");
  await page.getByLabel("Question types").check();
  await page.getByLabel(/The ack of the SYN,ACK/).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Create assignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My own question" })).toBeVisible();
  const assignmentId = page.url().split("/").pop()!;

  // Two students, two variants: Ada answers her key, Bob answers Ada's key.
  const adaPage = await newPage(browser, signIn, ada);
  const bobPage = await newPage(browser, signIn, bob);
  for (const p of [adaPage, bobPage]) {
    await p.goto(`/assignments/${assignmentId}`);
    await p.getByRole("button", { name: "Start" }).click();
    await expect(p.getByTestId("question-prompt")).toBeVisible();
    await expect(p.getByText("The ack of the SYN,ACK")).toBeVisible();
  }
  expect(await adaPage.getByTestId("question-prompt").textContent()).not.toBe(await bobPage.getByTestId("question-prompt").textContent());
  const adaKey = await keyFor(db, assignmentId, ada.id, 0);
  const bobKey = await keyFor(db, assignmentId, bob.id, 0);
  expect(adaKey).not.toEqual(bobKey);
  if (adaKey.kind !== "number") throw new Error("expected a number question");
  for (const [p, value] of [
    [adaPage, adaKey.value],
    [bobPage, adaKey.value],
  ] as const) {
    await p.locator("form").getByRole("textbox").fill(String(value));
    await p.getByRole("button", { name: "Save answer" }).click();
  }
  await expect(adaPage.getByRole("heading", { name: "Correct" })).toBeVisible();
  await expect(bobPage.getByTestId("expected-answer")).toBeVisible();
  for (const p of [adaPage, bobPage]) {
    p.once("dialog", (dialog) => void dialog.accept());
    await p.getByRole("button", { name: "Submit assignment" }).click();
  }
  await expect(adaPage.getByTestId("score")).toHaveText("Score: 1 of 1");
  await expect(bobPage.getByTestId("score")).toHaveText("Score: 0 of 1");

  // Results and item analysis name the teacher's question.
  await page.goto(`/teach/assignments/${assignmentId}`);
  await expect(
    page
      .getByRole("table")
      .first()
      .getByRole("row", { name: /Ada Student/ }),
  ).toContainText("1 / 1");
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Q1/ }).first()).toContainText("The ack of the SYN,ACK");
  await expect(page.getByRole("row", { name: /Q1/ }).first()).toContainText("50%");

  // Out to Moodle and QTI, as the links download them.
  const [moodle] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Moodle XML" }).click()]);
  const xml = await (await import("node:fs/promises")).readFile((await moodle.path())!, "utf8");
  const quiz = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  expect(quiz.localName).toBe("quiz");
  const types = Array.from(quiz.getElementsByTagName("question")).map((q) => q.getAttribute("type"));
  expect(types[0]).toBe("category");
  expect(types.filter((t) => t === "numerical")).toHaveLength(5);
  const [qti] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "QTI 2.1" }).click()]);
  expect(qti.suggestedFilename()).toBe("my-own-question-qti21.zip");
  const zip = unzipSync(new Uint8Array(await (await import("node:fs/promises")).readFile((await qti.path())!)));
  expect(Object.keys(zip)).toContain("imsmanifest.xml");
  expect(strFromU8(zip["assessment.xml"]!)).toContain('<selection select="1"/>');

  // The bank now shows its use and statistics, and refuses to delete it.
  await page.goto("/teach/questions");
  const row = page.getByRole("row", { name: /The ack of the SYN,ACK/ });
  await expect(row).toContainText("1 assignment");
  await expect(row).toContainText("50%");
  await expect(row.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expectAccessible(page, "the question bank");
});

test("in Chinese at phone width, with the keyboard only, a teacher asks for a TIME-WAIT timer with MSL varying and exports it", async ({
  browser,
  createUser,
  signIn,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", locale: "zh" });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, teacher);
  await context.addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);

  await page.goto("/teach/questions");
  await expect(page.getByRole("heading", { level: 1, name: "我的题目" })).toBeVisible();
  await expect(page.getByText("还没有题目")).toBeVisible();
  const preset = page.getByRole("link", { name: "四次挥手" }).first();
  await tabTo(page, preset);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "新建题目" })).toBeVisible();

  // What is asked: a timer (arrow keys move through the radio group), A's TIME-WAIT after step 10.
  const stateRadio = page.getByRole("radio", { name: "某一步之后一端的状态" });
  await tabTo(page, stateRadio);
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "计时器还有多久到期" })).toBeChecked();
  const step = page.getByLabel("步骤", { exact: true });
  await tabTo(page, step);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(step).toHaveValue("9");

  const msl = page.getByLabel(/可选的 MSL/);
  await tabTo(page, msl);
  await page.keyboard.type("30, 60，120");
  const keys = page.getByTestId("variant-key");
  await expect(keys).toHaveCount(6);
  const texts = await keys.allTextContents();
  for (const text of texts) expect(text).toMatch(/^答案：(60|120|240)$/);
  expect(new Set(texts).size).toBeGreaterThan(1);
  await expect(page.getByTestId("variant-prompt").first()).toContainText("TIME-WAIT 计时器到期");

  // Markup in a prompt is refused, plainly, in Chinese.
  const promptEn = page.getByLabel("题干（英文）");
  await tabTo(page, promptEn);
  await page.keyboard.type("Which <b>timer</b>?");
  await expect(page.getByRole("alert").filter({ hasText: "不允许使用" })).toBeVisible();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await expect(keys).toHaveCount(6);

  // Nothing spills sideways at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expectAccessible(page, "the editor in Chinese at phone width");

  const save = page.getByRole("button", { name: "保存题目" });
  await tabTo(page, save, 200);
  await page.keyboard.press("Enter");
  await expect(page.getByText("已保存。").first()).toBeVisible();
  await expect(page).toHaveURL(/\/teach\/questions\/[a-z0-9]+\?saved=1$/);
  const questionId = new URL(page.url()).pathname.split("/").pop()!;

  const response = await page.request.get(`/api/teach/questions/${questionId}/export?format=qti&count=3`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const zip = unzipSync(new Uint8Array(await response.body()));
  const items = Object.keys(zip).filter((p) => p.startsWith("items/"));
  expect(items).toHaveLength(3);
  expect(strFromU8(zip[items[0]!]!)).toContain("TIME-WAIT 计时器到期");
  const bad = await page.request.get(`/api/teach/questions/${questionId}/export?format=pdf`);
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("该导出链接无效");

  await page.goto("/teach/questions");
  await expect(page.getByRole("row", { name: /四次挥手/ })).toContainText("计时器");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await context.close();
});

test("a teacher turns a connection of a real capture into a question of their bank and sets it in an assignment", async ({ page, createUser, signIn, db }) => {
  test.setTimeout(120_000);
  const teacher = await createUser({ role: "TEACHER", name: "Mr Capture" });
  const classroom = await classWith(db, teacher, []);
  await signIn(page, teacher);

  // The new-question page points to the capture lab.
  await page.goto("/teach/questions/new");
  await page.getByRole("link", { name: "Open the capture lab" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Capture lab" })).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("Choose a capture file").setInputFiles((await import("node:path")).join(process.cwd(), "public", "captures", "lost-last-ack.pcap"));
  await expect(page.getByText("At the end of the capture:")).toBeVisible();
  await page.getByRole("link", { name: "Make a question from this connection" }).click();

  // The editor has the capture's run, titled after the file and the connection.
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue(/^lost-last-ack\.pcap: .+ to .+$/);
  const steps = await page.getByTestId("run-steps").getByRole("listitem").count();
  expect(steps).toBeGreaterThan(5);
  await page.getByRole("radio", { name: "Which segment was lost" }).check();
  const keys = page.getByTestId("variant-key");
  await expect(keys).toHaveCount(6);
  await expect(page.getByTestId("variant-failure")).toHaveCount(0);
  await expectAccessible(page, "the editor with a capture's run");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/teach\/questions\/[a-z0-9]+\?saved=1$/);
  const questionId = new URL(page.url()).pathname.split("/").pop()!;
  const version = await db.authoredQuestionVersion.findFirstOrThrow({ where: { questionId, question: { teacherId: teacher.id } } });
  expect(version).toMatchObject({ version: 1, askKind: "lost-segment" });

  // In the bank, and offered to an assignment like any question of the bank.
  await page.goto("/teach/questions");
  await expect(page.getByRole("row", { name: /lost-last-ack\.pcap/ })).toContainText("0 assignments");
  await page.goto(`/teach/classes/${classroom.id}/assignments/new`);
  await page.getByLabel("Title").fill("From a capture");
  await page.getByLabel("Question types").check();
  await page.getByLabel(/lost-last-ack\.pcap/).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Create assignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "From a capture" })).toBeVisible();
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classroom.id } });
  expect(assignment.itemTemplates).toEqual([`authored:${version.id}`]);
});
