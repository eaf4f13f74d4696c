// Practice end to end: a student answers right and wrong and sees the feedback and the diagram;
// the page never carries an answer key before the answer is in; a guest practises and is invited
// to sign up; the keyboard shortcuts. Right answers are computed here with lib/questions from a
// question seeded straight into the database, never read from the page.
import type { Page } from "@playwright/test";
import { answerFor, generateQuestion, listTemplates, misconceptionLabel, type Question } from "../lib/questions";
import type { AppPrismaClient } from "../lib/server/prisma-client";
import { expect, test } from "./fixtures";
import { gotoHydrated, waitForHydration } from "./support/hydrated";

/**
 * A question stored for the user with a random seed, as the practice page would store it. The
 * seed has ten digits, so finding it in a page cannot be a coincidence; `accept` rejects seeds
 * whose question does not suit the test.
 */
async function seedQuestion(db: AppPrismaClient, userId: string, kind: Question["kind"], accept: (question: Question) => boolean = () => true) {
  const template = listTemplates().find((t) => t.kind === kind);
  if (!template) throw new Error(`no ${kind} template`);
  for (let tries = 0; tries < 200; tries++) {
    const seed = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
    const question = generateQuestion(template.id, seed, 1);
    if (!accept(question)) continue;
    const row = await db.practiceQuestion.create({
      data: { userId, templateId: template.id, concept: question.concept, seed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    return { id: row.id, seed, question, url: `/practice?mode=adaptive&q=${row.id}` };
  }
  throw new Error(`no suitable ${kind} question`);
}

const stateOf = (question: Question) => {
  if (question.key.kind !== "state") throw new Error("expected a state question");
  return question.key.state;
};

const feedbackHeading = (page: Page, name: "Correct" | "Not quite") => page.getByRole("heading", { name, exact: true });

test.describe("practice, signed in", () => {
  test("answers one question right and one wrong, with matching feedback and the diagram", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    await signIn(page, student);

    // Right.
    const right = await seedQuestion(db, student.id, "state");
    await gotoHydrated(page, right.url);
    await expect(page.getByTestId("question-prompt")).toHaveText(right.question.prompt.en);
    await page.getByRole("radio", { name: stateOf(right.question), exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(feedbackHeading(page, "Correct")).toBeVisible();
    await expect(page.getByTestId("your-answer")).toHaveText(stateOf(right.question));
    await expect(page.getByText(right.question.explanation.text.en)).toBeVisible();
    await expect(page.getByText(`RFC 9293, section ${right.question.explanation.rfc}`)).toBeVisible();
    await expect(page.getByRole("img", { name: /The whole run, with the asked step highlighted/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Replay in the simulator" })).toHaveAttribute("href", /^\/simulator\?s=/);
    await expect(page.getByText("Saved to your progress.")).toBeVisible();
    const stored = await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: right.id } });
    expect(stored).toMatchObject({ userId: student.id, correct: true, misconception: null });

    // Wrong: a tagged distractor, so the feedback names its misconception.
    const wrong = await seedQuestion(db, student.id, "state");
    const distractor = wrong.question.distractors.find((d) => d.response.kind === "state");
    if (!distractor || distractor.response.kind !== "state") throw new Error("expected a state distractor");
    await gotoHydrated(page, wrong.url);
    await page.getByRole("radio", { name: distractor.response.state, exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(feedbackHeading(page, "Not quite")).toBeVisible();
    await expect(page.getByTestId("expected-answer")).toHaveText(wrong.question.keyText.en);
    await expect(page.getByTestId("misconception")).toHaveText(misconceptionLabel(distractor.misconception, "en"));
    await expect(page.getByRole("img", { name: /The whole run, with the asked step highlighted/ })).toBeVisible();
    // The asked step is drawn highlighted: the band behind it is the only rectangle drawn straight on the SVG.
    await expect(page.locator("figure", { hasText: "The whole run" }).locator("svg > rect")).toHaveCount(1);
    expect(await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: wrong.id } })).toMatchObject({
      correct: false,
      misconception: distractor.misconception,
    });

    // Reloading an answered question shows its recorded result, and answering again records nothing new.
    await gotoHydrated(page, wrong.url);
    await expect(feedbackHeading(page, "Not quite")).toBeVisible();
    expect(await db.practiceAttempt.count({ where: { questionId: wrong.id } })).toBe(1);
  });

  test("the page carries no answer key before the answer is submitted (HTML and RSC payload)", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    await signIn(page, student);
    const seeded = await seedQuestion(db, student.id, "state");
    const { question } = seeded;
    const secrets = [
      String(seeded.seed),
      question.explanation.text.en.slice(0, 60),
      question.keyText.en,
      ...question.distractors.map((d) => misconceptionLabel(d.misconception, "en")),
      '"keyText"',
      '"distractors"',
      '"explanation"',
      '"misconception"',
      '"key"',
    ];

    const html = await (await page.request.get(seeded.url)).text();
    const rsc = await (await page.request.get(seeded.url, { headers: { RSC: "1" } })).text();
    // The question itself is in both, so the check looks at a payload that holds it.
    expect(html).toContain(seeded.id);
    expect(rsc).toContain(seeded.id);
    expect(rsc).toContain(JSON.stringify(question.prompt.en).slice(1, 40));
    for (const secret of secrets) {
      expect(html, `HTML must not contain ${secret}`).not.toContain(secret);
      expect(rsc, `RSC payload must not contain ${secret}`).not.toContain(secret);
    }

    // After the answer, the explanation does come: the strings above were worth looking for.
    await gotoHydrated(page, seeded.url);
    await page.getByRole("radio", { name: stateOf(question), exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(question.explanation.text.en)).toBeVisible();
  });

  test("keyboard: digits pick, Enter checks, N goes on, and a number field takes digits as digits", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    await signIn(page, student);
    // The right option must be one of the first nine, which the keys 1 to 9 reach.
    const optionIndex = (question: Question) => (question.input.en.kind === "state" ? question.input.en.options.indexOf(stateOf(question)) : -1);
    const seeded = await seedQuestion(db, student.id, "state", (question) => optionIndex(question) >= 0 && optionIndex(question) < 9);
    const index = optionIndex(seeded.question);

    await gotoHydrated(page, seeded.url);
    await page.keyboard.press(String(index + 1));
    await expect(page.getByRole("radio", { name: stateOf(seeded.question), exact: true })).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(feedbackHeading(page, "Correct")).toBeVisible();
    await page.keyboard.press("n");
    await expect(page.getByRole("heading", { name: /^Question 2 · / })).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=/);
    expect(new URL(page.url()).searchParams.get("q")).not.toBe(seeded.id);

    // Digits typed into a number field stay there; Enter in it checks the answer.
    const numeric = await seedQuestion(db, student.id, "number");
    await gotoHydrated(page, numeric.url);
    const key = answerFor(numeric.question);
    if (key.kind !== "number") throw new Error("expected a number key");
    const field = page.getByRole("main").getByRole("textbox");
    await field.click();
    await page.keyboard.type(String(key.value));
    await expect(field).toHaveValue(String(key.value));
    await page.keyboard.press("n");
    await expect(field).toHaveValue(`${key.value}n`);
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    await expect(feedbackHeading(page, "Correct")).toBeVisible();
  });

  test("another user's question is not found", async ({ page, db, createUser, signIn }) => {
    const owner = await createUser();
    const other = await createUser();
    const seeded = await seedQuestion(db, owner.id, "state");
    await signIn(page, other);
    const response = await page.goto(seeded.url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Question not found" })).toBeVisible();
    const answer = await page.request.post("/api/practice/answer", { data: { questionId: seeded.id, response: answerFor(seeded.question) } });
    expect(answer.status()).toBe(404);
    const foreign = await page.request.post("/api/practice/answer", {
      data: { questionId: seeded.id, response: answerFor(seeded.question) },
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(foreign.status()).toBe(403);
    expect(await db.practiceAttempt.count({ where: { questionId: seeded.id } })).toBe(0);
  });
});

test.describe("practice as a guest", () => {
  test("practises, is graded, sees the sign-up invitation, and ends the session with a summary", async ({ page }) => {
    await gotoHydrated(page, "/practice");
    await expect(page.getByRole("heading", { name: "You are practising as a guest" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign up to keep progress" }).first()).toHaveAttribute("href", "/signup?next=%2Fpractice");

    await page.getByRole("radio", { name: /^Adaptive/ }).check();
    await page.getByRole("button", { name: "Start practising" }).click();
    await expect(page.getByRole("heading", { name: /^Question 1 · / })).toBeVisible();
    await waitForHydration(page);
    // The guest's question is sealed in the URL, never stored under an id.
    await expect(page).toHaveURL(/[?&]g=g1\./);

    // Whatever the question, answer it with the first option (or a number) and let the server grade it.
    const numberField = page.getByRole("main").getByRole("textbox");
    if (await numberField.count()) {
      for (const field of await numberField.all()) await field.fill("1");
      for (const select of await page.getByRole("main").getByRole("combobox").all()) await select.selectOption({ index: 1 });
    } else {
      // Two keys: a state order (where adaptive practice starts) needs at least two states; a choice or a flag set takes either.
      await page.keyboard.press("1");
      await page.keyboard.press("2");
    }
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Not quite)$/ })).toBeVisible();
    await expect(page.getByText("Not saved: you are practising as a guest.")).toBeVisible();

    await page.getByRole("button", { name: "End session" }).click();
    await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
    await expect(page.getByText("Sign up to keep results like these")).toBeVisible();
    const answered = page.getByRole("definition").first();
    await expect(answered).toHaveText("1");
  });

  test("cannot forge a question: a made-up or altered token is refused", async ({ page }) => {
    const forged = await page.request.post("/api/practice/answer", {
      data: { token: "g1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", response: { kind: "state", state: "LISTEN" } },
    });
    expect(forged.status()).toBe(404);
    const malformed = await page.request.post("/api/practice/answer", { data: { response: { kind: "state", state: "LISTEN" } } });
    expect(malformed.status()).toBe(400);
    expect(((await malformed.json()) as { message: string }).message.length).toBeGreaterThan(0);
  });
});
