// Flashcards end to end: a learner reviews seeded due cards with the keyboard (Space, then 3), the
// due count falls in the page and in the navigation, the stored due date is the one ts-fsrs computes
// for that rating (computed here with ts-fsrs itself, never read from the page), and U restores the
// card exactly. Shortcuts stay out of text fields and can be turned off; phones rate with buttons;
// the empty state offers studying ahead; guests are told why they need an account.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { fsrs, Rating, type Card } from "ts-fsrs";
import { FSRS_PARAMETERS, newCardSnapshot, rateCard, type CardSnapshot } from "../lib/flashcards/scheduler";
import type { AppPrismaClient } from "../lib/server/prisma-client";
import { expect, test } from "./fixtures";
import { gotoHydrated } from "./support/hydrated";

const DAY = 24 * 60 * 60_000;
const SEEDED = ["engine:established-receives-fin", "concept:why-2msl", "engine:syn-sent-timeout"];

/** A card in Review state, as four good ratings over the last weeks would leave it, due `dueInDays` from now. */
function reviewedCard(dueInDays: number): CardSnapshot {
  const now = Date.now();
  let card = newCardSnapshot(new Date(now - 40 * DAY));
  for (const days of [40, 39, 35, 20]) card = rateCard(card, "good", new Date(now - days * DAY)).next;
  return { ...card, due: new Date(now + dueInDays * DAY) };
}

async function seedCards(db: AppPrismaClient, userId: string, cards: { cardId: string; card: CardSnapshot }[], newCardsPerDay = 0) {
  await db.flashcardSettings.create({ data: { userId, newCardsPerDay } });
  for (const { cardId, card } of cards) {
    await db.flashcardState.create({
      data: {
        userId,
        cardId,
        version: 4,
        due: card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsedDays: card.elapsedDays,
        scheduledDays: card.scheduledDays,
        learningSteps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        lastReview: card.lastReview,
      },
    });
  }
}

const fsrsFields = ({ due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview }: CardSnapshot) => ({
  due,
  stability,
  difficulty,
  elapsedDays,
  scheduledDays,
  learningSteps,
  reps,
  lapses,
  state,
  lastReview,
});

const flashcardsLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Flashcards/ });
const counts = (page: Page) => page.getByTestId("session-counts");
const shownCard = (page: Page) => page.locator("article[data-card-id]");

test("a student reviews with the keyboard: Space, then 3; the due count falls, FSRS sets the due date, U undoes", async ({ page, db, createUser, signIn }) => {
  const user = await createUser();
  const seeded = SEEDED.map((cardId, k) => ({ cardId, card: reviewedCard(-(3 - k)) }));
  await seedCards(db, user.id, seeded);
  await signIn(page, user);
  await gotoHydrated(page, "/flashcards/review");

  await expect(counts(page)).toHaveText("3 due · 0 new");
  await expect(flashcardsLink(page)).toHaveAccessibleName("Flashcards (3 cards to study)");
  // The most overdue card comes first.
  await expect(shownCard(page)).toHaveAttribute("data-card-id", SEEDED[0]!);
  await expect(page.getByRole("heading", { name: "Answer" })).toHaveCount(0);

  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good\b/ })).toHaveAccessibleDescription(/^Next review in \d+(\.\d)?(d|mo|y)\.$/);
  await page.keyboard.press("3");

  await expect(counts(page)).toHaveText("2 due · 0 new");
  await expect(flashcardsLink(page)).toHaveAccessibleName("Flashcards (2 cards to study)");
  await expect(shownCard(page)).toHaveAttribute("data-card-id", SEEDED[1]!);
  await expect(page.getByRole("status").filter({ hasText: /^Rated Good\. Next review in / })).toHaveCount(1);

  // The stored state is ts-fsrs's answer for Good at the moment of the rating.
  const log = await db.flashcardReview.findFirstOrThrow({ where: { userId: user.id } });
  expect(log).toMatchObject({ cardId: SEEDED[0], rating: Rating.Good });
  const before = seeded[0]!.card;
  const asCard: Card = {
    due: before.due,
    stability: before.stability,
    difficulty: before.difficulty,
    elapsed_days: before.elapsedDays,
    scheduled_days: before.scheduledDays,
    learning_steps: before.learningSteps,
    reps: before.reps,
    lapses: before.lapses,
    state: before.state,
    last_review: before.lastReview ?? undefined,
  };
  const expected = fsrs(FSRS_PARAMETERS).next(asCard, log.reviewedAt, Rating.Good).card;
  const stored = await db.flashcardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: SEEDED[0]! } } });
  expect(stored.due).toEqual(expected.due);
  expect(stored.stability).toBe(expected.stability);
  expect(stored.reps).toBe(before.reps + 1);
  expect(stored.due.getTime()).toBeGreaterThan(Date.now() + DAY);

  // U takes the rating back: the same card, exactly as it was, and the count is back.
  await page.keyboard.press("u");
  await expect(counts(page)).toHaveText("3 due · 0 new");
  await expect(shownCard(page)).toHaveAttribute("data-card-id", SEEDED[0]!);
  await expect(flashcardsLink(page)).toHaveAccessibleName("Flashcards (3 cards to study)");
  const restored = await db.flashcardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: SEEDED[0]! } } });
  expect(fsrsFields(restored)).toEqual(fsrsFields(before));
  expect(await db.flashcardReview.count({ where: { userId: user.id } })).toBe(0);
});

test("single-key shortcuts never fire in a text field and can be turned off for good", async ({ page, db, createUser, signIn }) => {
  const user = await createUser();
  await seedCards(db, user.id, [{ cardId: SEEDED[0]!, card: reviewedCard(-1) }]);
  await signIn(page, user);
  await gotoHydrated(page, "/flashcards/review");
  const answer = page.getByRole("heading", { name: "Answer" });

  // Typing into a text field (a search box an extension might add, say) is typing, not reviewing.
  await page.evaluate(() => {
    const field = document.createElement("input");
    field.setAttribute("aria-label", "Notes");
    document.querySelector("main")!.append(field);
  });
  await page.getByRole("textbox", { name: "Notes" }).pressSequentially(" 3u");
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue(" 3u");
  await expect(answer).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Single-key shortcuts" }).uncheck();
  await expect(page.getByText("Single-key shortcuts are off.")).toBeVisible();
  // Away from the checkbox (Space would toggle it): a click on the page's heading leaves focus on the page.
  await page.getByRole("heading", { level: 1, name: "Review" }).click();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(answer).toHaveCount(0);

  // The choice is kept for the learner.
  await expect.poll(async () => (await db.flashcardSettings.findUnique({ where: { userId: user.id } }))?.shortcutsEnabled).toBe(false);
  await gotoHydrated(page, "/flashcards/review");
  await expect(page.getByRole("checkbox", { name: "Single-key shortcuts" })).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(answer).toHaveCount(0);
  // The buttons still work.
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(answer).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a new learner rates new cards with the buttons", async ({ page, createUser, signIn }) => {
    await signIn(page, await createUser());
    await gotoHydrated(page, "/flashcards/review");
    await expect(counts(page)).toHaveText("0 due · 20 new");
    await page.getByRole("button", { name: "Show answer" }).click();
    const good = page.getByRole("button", { name: /^Good\b/ });
    await expect(good).toHaveAccessibleDescription("Next review in 10m.");
    // All four ratings fit side by side.
    const boxes = await Promise.all(
      ["Again", "Hard", "Good", "Easy"].map((name) => page.getByRole("button", { name: new RegExp(`^${name}\\b`) }).boundingBox()),
    );
    for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await good.click();
    await expect(counts(page)).toHaveText("0 due · 19 new");
  });
});

test("with nothing due, the page says when the next card comes and offers to study ahead", async ({ page, db, createUser, signIn }) => {
  const user = await createUser();
  await seedCards(db, user.id, [{ cardId: SEEDED[1]!, card: reviewedCard(2) }]);
  await signIn(page, user);
  await gotoHydrated(page, "/flashcards/review");
  await expect(page.getByRole("heading", { name: "All caught up" })).toBeVisible();
  await expect(page.getByText("The next card is due in 2 days.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Practice questions" })).toHaveAttribute("href", "/practice");
  await page.getByRole("link", { name: "Study ahead (1)" }).click();
  await expect(page).toHaveURL("/flashcards/review?ahead=1");
  await expect(shownCard(page)).toHaveAttribute("data-card-id", SEEDED[1]!);
});

test("the settings change the number of new cards a day", async ({ page, createUser, signIn }) => {
  await signIn(page, await createUser());
  await gotoHydrated(page, "/flashcards");
  await expect(page.getByText("20 new", { exact: true })).toBeVisible();
  const field = page.getByRole("spinbutton", { name: "New cards per day" });
  await field.fill("500");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter a whole number from 0 to 200.")).toBeVisible();
  await field.fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.getByText("5 new", { exact: true })).toBeVisible();
});

test("guests learn what flashcards are and are invited to sign in, in both languages", async ({ page, context, baseURL }) => {
  await gotoHydrated(page, "/flashcards");
  await expect(page).toHaveURL("/flashcards");
  await expect(page.getByRole("heading", { level: 1, name: "Flashcards with spaced repetition" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to review" })).toHaveAttribute("href", "/signin?next=%2Fflashcards");
  await expect(page.getByRole("heading", { name: "A sample card" })).toBeVisible();

  await context.addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  await gotoHydrated(page, "/flashcards/review?deck=time-wait");
  await expect(page.getByRole("heading", { level: 1, name: "间隔重复闪卡" })).toBeVisible();
  await expect(page.getByRole("link", { name: "登录开始复习" })).toHaveAttribute("href", "/signin?next=%2Fflashcards%2Freview%3Fdeck%3Dtime-wait");
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("the review page has no serious accessibility problem, question and answer", async ({ page, db, createUser, signIn }) => {
      const user = await createUser();
      await seedCards(db, user.id, [{ cardId: SEEDED[0]!, card: reviewedCard(-1) }]);
      await signIn(page, user);
      await gotoHydrated(page, "/flashcards/review");
      for (const face of ["Question", "Answer"]) {
        if (face === "Answer") await page.getByRole("button", { name: "Show answer" }).click();
        await expect(page.getByRole("heading", { name: face })).toBeAttached();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(results.passes.length, "axe ran checks").toBeGreaterThan(10);
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(serious, `${face} (${colorScheme})`).toEqual([]);
      }
    });
  });
}
