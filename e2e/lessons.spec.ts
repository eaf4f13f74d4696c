// The lesson pages end to end: the index and a lesson in English and Chinese, their example's
// sentences exactly as the engine computes them (lessonView, run here in the test), the links from
// the practice setup, the feedback and /progress, phone width without sideways scrolling, the
// keyboard, axe, and the 404 for an unknown concept.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { lessonView } from "../lib/lessons";
import { CONCEPTS, generateQuestion, listTemplates, misconceptionLabel } from "../lib/questions";
import { recordConceptOutcome } from "../lib/server/mastery/concept-rollup";
import { expect, test } from "./fixtures";
import { gotoHydrated } from "./support/hydrated";

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.passes.length, `${label}: axe ran checks`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `${label}: serious or critical axe violations`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${label}: page wider than the viewport`).toBeLessThanOrEqual(client);
}

test.describe("in English", () => {
  test("the index lists every concept and opens its lesson, whose example is the engine's", async ({ page }) => {
    await gotoHydrated(page, "/learn");
    await expect(page).toHaveTitle("Lessons · Handshake");
    await expect(page.getByRole("heading", { name: "Lessons", level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(CONCEPTS.length);

    await page.getByRole("link", { name: /^TIME-WAIT/ }).click();
    await expect(page).toHaveURL(/\/learn\/time-wait$/);
    await expect(page).toHaveTitle("TIME-WAIT: lesson · Handshake");
    await expect(page.getByRole("heading", { name: "TIME-WAIT", level: 1 })).toBeVisible();
    for (const name of ["What it is", "The rule", "Worked example", "Common misconceptions"])
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();

    const lesson = lessonView("time-wait", "en");
    await expect(page.getByTestId("lesson-narration").getByRole("listitem")).toHaveText(lesson.example.narration);
    await expect(page.getByRole("img", { name: /^The example, segment by segment/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "RFC 9293, section 3.6.1" })).toHaveAttribute("href", "https://www.rfc-editor.org/rfc/rfc9293#section-3.6.1");
    await expect(page.getByRole("link", { name: "RFC 1337" })).toHaveAttribute("href", "https://www.rfc-editor.org/rfc/rfc1337");
    await expect(page.getByText(misconceptionLabel("time-wait-one-msl", "en"))).toBeVisible();
    await expect(page.getByRole("link", { name: "Replay it in the simulator" })).toHaveAttribute("href", /^\/simulator\?s=/);
    await expect(page.getByRole("link", { name: "Practise this concept" })).toHaveAttribute("href", "/practice?mode=concepts&c=time-wait");
    await expect(page.getByRole("link", { name: `Next: ${lesson.next!.name}` })).toHaveAttribute("href", `/learn/${lesson.next!.concept}`);
  });

  test("an unknown concept is the app's 404 page", async ({ page }) => {
    for (const path of ["/learn/no-such-concept", "/learn/constructor", "/learn/TIME-WAIT"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
    }
  });

  test("the practice setup links each concept to its lesson", async ({ page }) => {
    await gotoHydrated(page, "/practice");
    await expect(page.getByRole("link", { name: "Read the lessons: one per concept" })).toHaveAttribute("href", "/learn");
    for (const concept of CONCEPTS) {
      await expect(page.getByRole("link", { name: `Read the lesson: ${concept.name.en}` })).toHaveAttribute("href", `/learn/${concept.id}`);
    }
    // The link is not part of the checkbox's name, and following it leaves the form alone.
    await expect(page.getByRole("checkbox", { name: /^Half-close/ })).not.toBeChecked();
    await page.getByRole("link", { name: "Read the lesson: Half-close" }).click();
    await expect(page).toHaveURL(/\/learn\/half-close$/);
    await expect(page.getByRole("heading", { name: "Half-close", level: 1 })).toBeVisible();
  });

  test("the feedback after an answer leads to the concept's lesson", async ({ page }) => {
    await gotoHydrated(page, "/practice?mode=concepts&c=time-wait&d=1");
    await expect(page.getByRole("heading", { name: /^Question 1 · / })).toBeVisible();
    // Whatever the question, answer it and let the server grade it.
    const numberField = page.getByRole("main").getByRole("textbox");
    if (await numberField.count()) {
      for (const field of await numberField.all()) await field.fill("1");
      for (const select of await page.getByRole("main").getByRole("combobox").all()) await select.selectOption({ index: 1 });
    } else await page.keyboard.press("1");
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Not quite)$/ })).toBeVisible();
    await page.getByRole("link", { name: "Read the lesson" }).click();
    await expect(page).toHaveURL(/\/learn\/time-wait$/);
    await expect(page.getByRole("heading", { name: "TIME-WAIT", level: 1 })).toBeVisible();
  });

  test("each concept row of /progress leads to its lesson", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    const template = listTemplates().find((t) => t.concept === "handshake-numbers")!;
    const question = generateQuestion(template.id, 7, 1);
    const createdAt = new Date(Date.now() - 60_000);
    await db.practiceQuestion.create({
      data: {
        userId: student.id,
        templateId: template.id,
        concept: question.concept,
        seed: question.seed,
        difficulty: 1,
        locale: "en",
        createdAt,
        attempt: {
          create: {
            userId: student.id,
            templateId: template.id,
            concept: question.concept,
            difficulty: 1,
            response: JSON.parse(JSON.stringify(question.key)),
            correct: true,
            misconception: null,
            timeTakenMs: 5000,
            createdAt,
          },
        },
      },
    });
    await recordConceptOutcome(db, { userId: student.id, concept: question.concept, correct: true, answeredAt: createdAt });
    await signIn(page, student);
    await gotoHydrated(page, "/progress");
    const mastery = page.getByRole("region", { name: "Mastery by concept" });
    for (const concept of CONCEPTS) {
      await expect(mastery.getByRole("link", { name: `Read the lesson: ${concept.name.en}` })).toHaveAttribute("href", `/learn/${concept.id}`);
    }
    await mastery.getByRole("link", { name: "Read the lesson: Three-way handshake: sequence numbers" }).click();
    await expect(page).toHaveURL(/\/learn\/handshake-numbers$/);
    await expect(page.getByTestId("lesson-narration").getByRole("listitem")).toHaveText(lessonView("handshake-numbers", "en").example.narration);
  });

  test("works from the keyboard: skip to the content, then tab from link to link", async ({ page }) => {
    await gotoHydrated(page, "/learn/resets");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "All lessons" })).toBeFocused();
    const practise = page.getByRole("link", { name: "Practise this concept" });
    for (let k = 0; k < 20 && !(await practise.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press("Tab");
    await expect(practise).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/practice\?mode=concepts&c=resets(&|$)/);
  });

  // One test per page and theme, each well inside the time limit.
  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of ["/learn", "/learn/syn-flood"]) {
      test(`no serious axe violation: ${path}, ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await gotoHydrated(page, path);
        await expectNoSeriousViolations(page, `${path} (${colorScheme})`);
      });
    }
  }
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a lesson reads in Chinese, with the engine's numbers", async ({ page }) => {
    await gotoHydrated(page, "/learn/half-close");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle("半关闭：讲解 · Handshake");
    await expect(page.getByRole("heading", { name: "半关闭", level: 1 })).toBeVisible();
    for (const name of ["是什么", "规则", "实例", "常见误解"]) await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    const lesson = lessonView("half-close", "zh");
    await expect(page.getByTestId("lesson-narration").getByRole("listitem")).toHaveText(lesson.example.narration);
    await expect(page.getByRole("link", { name: "RFC 9293 第 3.6.1 节" })).toHaveAttribute("href", "https://www.rfc-editor.org/rfc/rfc9293#section-3.6.1");
    await expect(page.getByText(misconceptionLabel("half-close-closes-both", "zh"))).toBeVisible();
    await expect(page.getByRole("img", { name: /^本例的时序图/ })).toBeVisible();

    await gotoHydrated(page, "/learn");
    await expect(page).toHaveTitle("知识点讲解 · Handshake");
    await expect(page.getByRole("link", { name: /^四次挥手：状态变化/ })).toHaveAttribute("href", "/learn/teardown-states");
  });

  for (const path of ["/learn", "/learn/rst-validation"]) {
    test(`no serious axe violation: ${path}`, async ({ page }) => {
      await gotoHydrated(page, path);
      await expectNoSeriousViolations(page, `${path} (zh)`);
    });
  }
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  // One test per page and language, so that each stays well inside the time limit and a failure names its page.
  for (const locale of ["en-GB", "zh-CN"] as const) {
    test.describe(locale, () => {
      test.use({ locale });
      for (const path of ["/learn", ...CONCEPTS.map((c) => `/learn/${c.id}`)]) {
        test(`${path} does not scroll sideways`, async ({ page }) => {
          await gotoHydrated(page, path);
          await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoSidewaysScroll(page, `${path} (${locale})`);
        });
      }
    });
  }
});
