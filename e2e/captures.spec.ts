// The capture lab at /captures: a real pcap file chosen in the file picker is analysed in the
// browser; keyboard stepping, relative numbers, a bad file, the phone width and axe; a signed-in
// learner saves the capture, answers a question about it (graded on the server) and it stays
// private to them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Playwright runs from the project root.
const SAMPLE = join(process.cwd(), "public", "captures", "linux-open-close.pcap");

async function open(page: Page) {
  await page.goto("/captures");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByRole("heading", { level: 1, name: "Capture lab" })).toBeVisible();
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

test("a guest chooses a real Linux capture and steps through both endpoints' states", async ({ page }) => {
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
  await context.addCookies([{ name: "hs-locale", value: "zh", url: baseURL! }]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/captures");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByRole("heading", { level: 1, name: "抓包实验室" })).toBeVisible();
  await page.getByLabel("选择抓包文件").setInputFiles(SAMPLE);
  await expect(page.getByText("抓包结束时：客户端处于 TIME-WAIT，服务器处于 CLOSED。")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAxeClean(page);
});

test("a learner saves a capture, answers a question about it, and no one else can open it", async ({ page, db, createUser, signIn, browser }) => {
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
  await expect(page.getByText(/^(Correct\.|Not quite: the answer is .+\.)$/)).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, await createUser());
  await otherPage.goto("/captures");
  await expect(otherPage.getByText("You have not saved a capture yet.")).toBeVisible();
  await other.close();
});
