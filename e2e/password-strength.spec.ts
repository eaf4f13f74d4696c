// Issue 13, finding 11 (and its leftover): the password's strength is said while it is typed, on
// sign-up (also the account page and the reset page: e2e/account.spec.ts, e2e/password-reset.spec.ts),
// with the estimator the server decides with; and its dictionaries, a chunk of their own, load
// only when a new-password field is focused, never on other pages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import { expect, test } from "./fixtures";
import { waitForHydration } from "./support/hydrated";

// The start of zxcvbn-ts's compressed common-password list (@zxcvbn-ts/language-common).
const DICTIONARY_MARKER = "A123456ApasswordA12345678Aqwerty";

/** The build's client chunks that hold the dictionaries, as URL paths. */
function dictionaryChunks(): string[] {
  const root = path.join(PROJECT_ROOT, process.env.NEXT_DIST_DIR || ".next", "static");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js") && readFileSync(full, "utf8").includes(DICTIONARY_MARKER))
        found.push(`/_next/static/${path.relative(root, full).split(path.sep).join("/")}`);
    }
  };
  walk(root);
  return found;
}

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
}

test("the dictionaries are a chunk of their own, loaded only once a new-password field is focused", async ({ page }) => {
  const chunks = dictionaryChunks();
  expect(chunks.length, "a client chunk holds the zxcvbn dictionaries").toBeGreaterThan(0);
  const loaded = recordScripts(page);
  for (const url of ["/", "/signin", "/practice", "/signup"]) await open(page, url);
  await page.waitForLoadState("networkidle");
  expect(
    loaded.filter((url) => chunks.includes(url)),
    "dictionaries loaded before any password field was focused",
  ).toEqual([]);
  // The dictionaries are big; the pages' own scripts are not where they live.
  expect(loaded.length).toBeGreaterThan(0);

  const dictionaries = page.waitForRequest((request) => chunks.includes(new URL(request.url()).pathname));
  await page.getByLabel("Password").focus();
  await dictionaries;
});

test("sign-up says how strong the password is while it is typed, counting the name and email, before any submit", async ({ page, db }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `192.0.2.${Math.floor(Math.random() * 250) + 1}` });
  await open(page, "/signup");
  await page.getByLabel("Name").fill("Wilhelmina Kowalczyk");
  const email = `live-${crypto.randomUUID()}@e2e.test`;
  await page.getByLabel("Email").fill(email);
  const password = page.getByLabel("Password");
  const strength = page.getByTestId("password-strength");
  await expect(password).toHaveAttribute("aria-describedby", /password-strength/);

  await password.fill("short");
  await expect(strength).toContainText("Use at least 10 characters.");
  await password.fill("Summer2024!");
  await expect(strength).toContainText("Strength: fair, not yet enough");
  // The person's own name is guessable: the same verdict the server gives.
  await password.fill("WilhelminaKowalczyk");
  await expect(strength).toContainText("Don't use your own name or email, or the site's name.");
  await password.fill("violet lanterns drift over quiet harbours");
  await expect(strength).toContainText("Strong enough.");
  // All of it before a submit: nothing was created.
  expect(await db.user.count({ where: { email } })).toBe(0);
  await password.fill("");
  await expect(strength).toBeEmpty();
});

test("in Chinese, the live feedback is Chinese", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  await open(page, "/signup");
  await page.getByLabel("密码").fill("abcabcabca");
  const strength = page.getByTestId("password-strength");
  await expect(strength).toContainText("密码强度：");
  expect(await strength.innerText()).toMatch(/[\u4e00-\u9fff]/);
  expect(await strength.innerText()).not.toContain("Strength");
});
