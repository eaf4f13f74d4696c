// Which Chromium the end-to-end tests drive: Debian's (/usr/bin/chromium, what CI installs) where
// it exists, else Playwright's own download if the developer ran `npx playwright install chromium`.
// Nothing is downloaded at run time. Shared by playwright.config.ts and check-browser.ts.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** CHROMIUM_PATH names another system browser (default: Debian's). */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The browser's path, or null when there is none. */
export function findChromium(exists: (path: string) => boolean = existsSync): { path: string; system: boolean } | null {
  if (exists(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, system: true };
  const bundled = chromium.executablePath();
  return bundled && exists(bundled) ? { path: bundled, system: false } : null;
}

export const MISSING_BROWSER_MESSAGE =
  "No Chromium for the end-to-end tests: install Debian's chromium (apt-get install chromium) or run `npx playwright install chromium`, then run the tests again.";
