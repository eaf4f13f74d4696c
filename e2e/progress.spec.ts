// The progress page end to end: a learner's seeded answers show as the mastery that the model
// computes from them (computed here with the same pure model, never read back from the page), on
// the concept list and on the state-diagram map; recent mistakes lead to a similar question and
// to a replay in the simulator; a new learner is told where to begin; guests are sent to sign in.
import AxeBuilder from "@axe-core/playwright";
import { generateQuestion, listTemplates, type Question } from "../lib/questions";
import { masteryFromOutcomes } from "../lib/mastery/mastery";
import { recordConceptOutcome } from "../lib/server/mastery/concept-rollup";
import type { AppPrismaClient } from "../lib/server/prisma-client";
import { expect, test } from "./fixtures";
import { gotoHydrated } from "./support/hydrated";

/** A question of the template with at least one tagged distractor, so that a wrong answer can be recorded. */
function questionWithDistractor(templateId: string): Question {
  for (let k = 0; k < 200; k++) {
    const question = generateQuestion(templateId, 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000), 1);
    if (question.distractors.length > 0) return question;
  }
  throw new Error(`no question of ${templateId} has a distractor`);
}

/** Stores one answered question per outcome (oldest first, a minute apart, the last one a minute ago). */
async function seedAnswers(db: AppPrismaClient, userId: string, templateId: string, outcomes: boolean[]): Promise<Question[]> {
  const questions: Question[] = [];
  for (const [k, correct] of outcomes.entries()) {
    const question = questionWithDistractor(templateId);
    const createdAt = new Date(Date.now() - (outcomes.length - k) * 60_000);
    const wrong = question.distractors[0]!;
    await db.practiceQuestion.create({
      data: {
        userId,
        templateId,
        concept: question.concept,
        seed: question.seed,
        difficulty: 1,
        locale: "en",
        createdAt,
        attempt: {
          create: {
            userId,
            templateId,
            concept: question.concept,
            difficulty: 1,
            response: JSON.parse(JSON.stringify(correct ? question.key : wrong.response)),
            correct,
            misconception: correct ? null : wrong.misconception,
            timeTakenMs: 9000,
            createdAt,
          },
        },
      },
    });
    // As grading does, in the same breath as the answer: mastery is read from the rollup.
    await recordConceptOutcome(db, { userId, concept: question.concept, correct, answeredAt: createdAt });
    questions.push(question);
  }
  return questions;
}

const handshakeNumbers = () => {
  const template = listTemplates().find((t) => t.concept === "handshake-numbers");
  if (!template) throw new Error("no handshake-numbers template");
  return template;
};

test("a guest is sent to sign in and brought back", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin\?next=%2Fprogress$/);
});

test("a new learner is told where to begin", async ({ page, createUser, signIn }) => {
  await signIn(page, await createUser());
  await gotoHydrated(page, "/progress");
  await expect(page.getByRole("heading", { name: "Your progress", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing to show yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Answer a few practice questions" })).toHaveAttribute("href", "/practice?mode=adaptive");
  await expect(page.getByRole("heading", { name: "Mastery by concept" })).toHaveCount(0);
});

test("the page shows the mastery the learner's answers imply, on the list and on the map", async ({ page, db, createUser, signIn }) => {
  const student = await createUser();
  const template = handshakeNumbers();
  const outcomes = [true, false, true, true, false, true];
  await seedAnswers(db, student.id, template.id, outcomes);
  const expected = Math.round(masteryFromOutcomes([...outcomes].reverse()) * 100);

  await signIn(page, student);
  await gotoHydrated(page, "/progress");
  // The model is named and explained on the page (one lucky answer reads as the model's 50%).
  expect(Math.round(masteryFromOutcomes([true]) * 100)).toBe(50);
  await expect(page.getByText(/Mastery is a recency-weighted accuracy.*one lucky answer shows 50%/)).toBeVisible();

  const meter = page.getByRole("meter", { name: "Three-way handshake: sequence numbers" });
  await expect(meter).toHaveAttribute("aria-valuenow", String(expected));
  await expect(meter).toHaveAttribute("aria-valuetext", `${expected}% mastery`);
  await expect(page.getByRole("meter", { name: "Four-way close: states" })).toHaveAttribute("aria-valuetext", "not practised yet");
  await expect(page.getByText(`4 of 6 correct`)).toBeVisible();

  // The map: the handshake template's answers score the handshake's transitions, and nothing else.
  const table = page.getByRole("table", { name: "Your mastery of each transition of the TCP state diagram" });
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent ?? "")));
  const score = (from: string, to: string) => rows.find((r) => r[0] === from && r[1] === to)?.[3];
  expect(score("SYN-SENT", "ESTABLISHED")).toBe(`${expected}%`);
  expect(score("LISTEN", "SYN-RECEIVED")).toBe(`${expected}%`);
  expect(score("ESTABLISHED", "CLOSE-WAIT")).toBe("no data");

  // The overview's totals and the accuracy chart's table.
  await expect(page.getByRole("region", { name: "Overview" }).getByText("67%")).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  await expect(page.getByRole("region", { name: "Accuracy over time" }).getByRole("cell", { name: "67%" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Bar chart of your accuracy per week/ })).toBeVisible();
});

test("a recent mistake links to a similar question and to its replay", async ({ page, db, createUser, signIn }) => {
  const student = await createUser();
  const template = handshakeNumbers();
  const [wrong] = await seedAnswers(db, student.id, template.id, [false]);
  await signIn(page, student);
  await gotoHydrated(page, "/progress");

  const mistakes = page.getByRole("region", { name: "Recent mistakes" });
  await expect(mistakes.getByRole("heading", { name: template.title.en })).toBeVisible();
  await expect(mistakes.getByText(wrong!.prompt.en)).toBeVisible();
  await expect(mistakes.getByText(wrong!.keyText.en, { exact: true })).toBeVisible();

  const similar = mistakes.getByRole("link", { name: `Try a similar question: ${template.title.en}` });
  await expect(similar).toHaveAttribute("href", `/practice?mode=concepts&c=${wrong!.concept}&d=1&t=${template.id}`);
  const replay = mistakes.getByRole("link", { name: `Replay step by step: ${template.title.en}` });
  const replayHref = await replay.getAttribute("href");
  expect(replayHref).toMatch(/^\/simulator\?s=[\w-]+/);

  await similar.click();
  await expect(page).toHaveURL(/\/practice\?mode=concepts/);
  await expect(page.getByTestId("question-prompt")).toBeVisible();
  // The same template, with fresh numbers: its title heads the question card.
  await expect(page.getByText(template.title.en)).toBeVisible();

  await gotoHydrated(page, replayHref!);
  const steps = wrong!.scenario.steps.length;
  const at = wrong!.explanation.diagram.highlightStep;
  const position = at !== undefined && at + 1 < steps ? at + 1 : steps;
  await expect(page.getByTestId("history-position")).toHaveText(`Step ${position} of ${steps}`);
  await expect(page.getByText("This link does not hold a valid scenario")).toHaveCount(0);
});

test("in Chinese, at a phone's width, without sideways scrolling", async ({ page, db, createUser, signIn, baseURL }) => {
  const student = await createUser({ locale: "zh" });
  await seedAnswers(db, student.id, handshakeNumbers().id, [true, false]);
  await signIn(page, student);
  await page.context().addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, "/progress");
  await expect(page.getByRole("heading", { name: "我的学习进度", level: 1 })).toBeVisible();
  await expect(page.getByRole("meter", { name: "三次握手：序列号与确认号" })).toHaveAttribute(
    "aria-valuetext",
    `掌握度 ${Math.round(masteryFromOutcomes([false, true]) * 100)}%`,
  );
  await expect(page.getByRole("heading", { name: "最近的错题" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a learner's full page has no serious accessibility violation (${colorScheme})`, async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    await seedAnswers(db, student.id, handshakeNumbers().id, [true, false, true]);
    await page.emulateMedia({ colorScheme });
    await signIn(page, student);
    await gotoHydrated(page, "/progress");
    // Every widget streamed in (the chart is drawn in the browser).
    await expect(page.getByRole("img", { name: /Bar chart of your accuracy per week/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent mistakes" })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  });
}
