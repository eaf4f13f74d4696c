// An axe-core scan of every page of the shell, signed out and signed in as a student and as a
// teacher, in both themes and both languages: no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

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

async function scan(page: Page, paths: readonly string[], who: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of paths) {
      await page.goto(path);
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // Wait for streamed content (loading.tsx) to be replaced by the page.
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, `${who} ${path} (${scheme})`);
    }
  }
}

test("signed-out pages", async ({ page }) => {
  await scan(page, SIGNED_OUT_PAGES, "signed out");
});

test("a student's pages", async ({ page, createUser, signIn }) => {
  await signIn(page, await createUser({ role: "STUDENT" }));
  await scan(page, STUDENT_PAGES, "student");
});

test("a teacher's pages", async ({ page, createUser, signIn }) => {
  await signIn(page, await createUser({ role: "TEACHER" }));
  await scan(page, TEACHER_PAGES, "teacher");
});

test("Chinese pages", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await scan(page, ["/", "/signin", "/signup"], "zh signed out");
  await context.close();
});

test("forms showing errors, the open user menu and the open phone menu", async ({ page, createUser, signIn }) => {
  await page.goto("/signup");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
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
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByRole("button", { name: "Menu Opener (Account)" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoSeriousViolations(page, "open user menu");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expectNoSeriousViolations(page, "open phone menu");
});
