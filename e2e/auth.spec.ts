// Accounts end to end: sign-up (both roles), sign-in and sign-out through the forms, the error
// messages, throttling, the redirects around private pages, and the shell's language and theme.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { gotoHydrated, waitForHydration } from "./support/hydrated";

const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomUUID()}@e2e.test`;
const PASSWORD = "harbour-lantern-2718";

// Next's route announcer also has role="alert": look for alerts inside <main> only.
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Controls that need script (theme toggle, phone menu) work once React has hydrated the page. */
async function signUpThroughForm(page: Page, { name, email, role }: { name: string; email: string; role: "Student" | "Teacher" }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: new RegExp(`^${role}`) }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Fills and submits the sign-in form, and waits for the server's answer to that submit. */
async function signInThroughForm(page: Page, email: string, password: string) {
  // After an answer React resets the form (the password field empties): fill it once that is done.
  await expect(page.getByRole("main").getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/signin"),
    page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
}

async function signOutThroughMenu(page: Page, name: string) {
  await waitForHydration(page);
  await page.getByRole("button", { name: `${name} (Account)` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

test.describe("sign-up", () => {
  test("a student signs up, is signed in, and sees no Teach link", async ({ page }) => {
    await signUpThroughForm(page, { name: "Grace Student", email: uniqueEmail("student"), role: "Student" });
    // Greeted as new, not "Welcome back" (issue 17, bug 11).
    await expect(page).toHaveURL("/?welcome=new");
    await expect(page.getByText("Welcome to Handshake, Grace Student.")).toBeVisible();
    await expect(page.getByText(/Welcome back/)).toHaveCount(0);
    await expect(mainNav(page).getByRole("link", { name: "Progress" })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Teach" })).toHaveCount(0);
    await page.goto("/progress");
    await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  });

  test("a teacher signs up and lands in the teacher area", async ({ page }) => {
    await signUpThroughForm(page, { name: "Tim Teacher", email: uniqueEmail("teacher"), role: "Teacher" });
    // Straight to /teach, not the marketing page (issue 17, bug 11).
    await expect(page).toHaveURL("/teach");
    await expect(page.getByRole("heading", { level: 1, name: "Teach" })).toBeVisible();
  });

  test("a taken email is refused with a clear message", async ({ page, createUser }) => {
    const existing = await createUser();
    await signUpThroughForm(page, { name: "Copy Cat", email: existing.email, role: "Student" });
    await expect(formAlert(page)).toContainText("An account with this email already exists");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    // What was typed (but never the password) is still there.
    await expect(page.getByLabel("Email")).toHaveValue(existing.email);
    await expect(page.getByLabel("Name")).toHaveValue("Copy Cat");
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("weak passwords are refused with the reason", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Short Pass");
    await page.getByLabel("Email").fill(uniqueEmail("weak"));
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

    await page.getByLabel("Password").fill("Password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await expect(page).toHaveURL("/signup");
  });
});

test.describe("sign-in and sign-out", () => {
  test("a user signs out and back in through the forms", async ({ page, createUser }) => {
    const user = await createUser({ name: "Ada Returning" });
    await page.goto("/signin");
    await signInThroughForm(page, user.email, user.password);
    await expect(page).toHaveURL("/");
    await expect(page.getByText("Welcome back, Ada Returning.")).toBeVisible();

    await signOutThroughMenu(page, "Ada Returning");
    await expect(page.getByText("Welcome back")).toHaveCount(0);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();

    await page.getByRole("link", { name: "Sign in" }).click();
    await signInThroughForm(page, user.email, user.password);
    await expect(page.getByText("Welcome back, Ada Returning.")).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin");
    await signInThroughForm(page, user.email, "not-my-password-at-all");
    await expect(formAlert(page)).toHaveText("The email or password is incorrect. Check both and try again.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);

    await signInThroughForm(page, uniqueEmail("nobody"), "not-my-password-at-all");
    await expect(formAlert(page)).toHaveText("The email or password is incorrect. Check both and try again.");
    await expect(page).toHaveURL("/signin");
  });

  test("five failures from a browser the account never used pause it, even against the right password", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signInThroughForm(page, user.email, `wrong-password-${attempt}`);
      await expect(formAlert(page)).toContainText("incorrect");
    }
    await signInThroughForm(page, user.email, "wrong-password-5");
    await expect(formAlert(page)).toContainText("Too many failed sign-in attempts");
    await expect(formAlert(page)).toContainText(/Wait \d+ seconds/);

    await signInThroughForm(page, user.email, user.password);
    await expect(formAlert(page)).toContainText("Too many failed sign-in attempts");
    await expect(page).toHaveURL("/signin");
  });
});

test.describe("private pages", () => {
  test("a signed-out visit to /progress goes to sign-in and comes back", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/progress");
    await expect(page).toHaveURL("/signin?next=%2Fprogress");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await signInThroughForm(page, user.email, user.password);
    await expect(page).toHaveURL("/progress");
    await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  });

  test("a student is refused /teach", async ({ page, createUser, signIn }) => {
    await signIn(page, await createUser({ role: "STUDENT" }));
    const response = await page.goto("/teach");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: /not found/i })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Teach" })).toHaveCount(0);
  });

  test("an off-site ?next= is ignored", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin?next=https://evil.example/");
    await signInThroughForm(page, user.email, user.password);
    await expect(page).toHaveURL("/");
  });
});

test.describe("the shell", () => {
  test("the language switch changes the page and is saved to the account", async ({ page, createUser, signIn, db }) => {
    const user = await createUser();
    await signIn(page, user);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "简体中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("今天");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "练习" })).toBeVisible();
    await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a Chinese browser gets Chinese on its first visit", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
    await context.close();
  });

  test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await gotoHydrated(page, "/");
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
  });

  test("the system's dark preference applies before any choice", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("the skip link jumps to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("at phone width the navigation folds into a menu", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoHydrated(page, "/");
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    await menu.click();
    await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await mainNav(page).getByRole("link", { name: "Simulator" }).click();
    await expect(page).toHaveURL("/simulator");
    await expect(mainNav(page)).toBeHidden();
  });
});
