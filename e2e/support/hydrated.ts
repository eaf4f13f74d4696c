// Pages are server-rendered: a click or a keystroke before React has hydrated may do nothing, or
// less than it would later. The root layout marks <html data-hydrated> once it has.
import type { Page } from "@playwright/test";

/** Waits until the page in view has hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Opens a page and waits until it has hydrated. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}
