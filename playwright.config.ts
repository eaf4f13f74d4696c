// End-to-end tests: Chromium against the production build (`next start`) on a fresh, migrated
// database; scripts/test/playwright-global-setup.ts starts both and tears them down.
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/test/browser";
import { e2eBaseUrl } from "./scripts/test/e2e-settings";

// Debian's Chromium where it is installed (CI installs it); otherwise Playwright's own browser,
// if the developer installed one (scripts/test/check-browser.ts stops the run when neither is).
const browser = findChromium();

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./scripts/test/playwright-global-setup.ts",
  // Two cores run the browser, Next and PostgreSQL: one worker on CI, two on a developer's machine.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: e2eBaseUrl(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(browser?.system ? { executablePath: browser.path } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
});
