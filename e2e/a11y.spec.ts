// An axe-core scan of every page, signed out and signed in as a student and as a teacher, in both
// themes (and the public pages in Chinese): no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForHydration } from "./support/hydrated";

const SIGNED_OUT_PAGES = ["/", "/signin", "/signup", "/practice", "/simulator", "/no-such-page"];
const STUDENT_PAGES = ["/", "/practice", "/flashcards", "/simulator", "/progress", "/teach"];
const TEACHER_PAGES = ["/", "/teach", "/progress"];

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  // Guards against a vacuous pass (an empty page, or axe not running).
  expect(results.passes.length, `${label}: axe ran checks`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious, `${label}: serious or critical axe violations`).toEqual([]);
}

async function openPage(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
  // Streamed content (loading.tsx) must have been replaced by the page itself.
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoMessageKeys(page, path);
}

/**
 * A client component whose messages its page did not send shows "namespace.key" instead of words
 * (pages send only the keys their client components use, issue 12): none in the text or the
 * accessible names, labels and hints.
 */
async function expectNoMessageKeys(page: Page, label: string) {
  const leaked = await page.evaluate(() => {
    const key = /\b(?:common|nav|auth|errors|home|simulator|practice|progress|flashcards|teach|manage|authoring|captures|learn|account)\.[a-z][A-Za-z0-9_]*\b/g;
    const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].map((element) =>
      ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? "").join(" "),
    );
    return [...new Set([document.body.innerText, ...attributes].flatMap((text) => text.match(key) ?? []))];
  });
  expect(leaked, `${label}: message keys shown instead of words`).toEqual([]);
}

// One test per page and theme: each stays well inside the time limit and failures name the page.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of SIGNED_OUT_PAGES) {
      test(`signed out: ${path}`, async ({ page }) => {
        await openPage(page, path);
        await expectNoSeriousViolations(page, `signed out ${path} (${colorScheme})`);
      });
    }

    for (const path of STUDENT_PAGES) {
      test(`student: ${path}`, async ({ page, createUser, signIn }) => {
        await signIn(page, await createUser({ role: "STUDENT" }));
        await openPage(page, path);
        await expectNoSeriousViolations(page, `student ${path} (${colorScheme})`);
      });
    }

    for (const path of TEACHER_PAGES) {
      test(`teacher: ${path}`, async ({ page, createUser, signIn }) => {
        await signIn(page, await createUser({ role: "TEACHER" }));
        await openPage(page, path);
        await expectNoSeriousViolations(page, `teacher ${path} (${colorScheme})`);
      });
    }
  });
}

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  for (const path of ["/", "/signin", "/signup"]) {
    test(`signed out: ${path}`, async ({ page }) => {
      await openPage(page, path);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expectNoSeriousViolations(page, `zh ${path}`);
    });
  }
});

test("forms showing errors, the open user menu and the open phone menu", async ({ page, createUser, signIn }) => {
  await page.goto("/signup");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expectNoSeriousViolations(page, "/signup with errors");

  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByLabel("Password").fill("wrong-password-x");
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expectNoSeriousViolations(page, "/signin with an error");

  const user = await createUser({ name: "Menu Opener" });
  await signIn(page, user);
  await page.goto("/");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Menu Opener (Account)" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, "open user menu");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expectNoSeriousViolations(page, "open phone menu");
});
