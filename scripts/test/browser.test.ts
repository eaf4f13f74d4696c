import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findChromium, MISSING_BROWSER_MESSAGE, SYSTEM_CHROMIUM } from "./browser";

describe("findChromium", () => {
  it("prefers Debian's Chromium", () => {
    expect(findChromium(() => true)).toEqual({ path: SYSTEM_CHROMIUM, system: true });
  });

  it("falls back to Playwright's own browser, and to nothing", () => {
    expect(findChromium((path) => path !== SYSTEM_CHROMIUM)?.system).toBe(false);
    expect(findChromium(() => false)).toBeNull();
  });
});

describe("npm test's browser check", () => {
  it("passes where a browser exists and says in one line what to install where none does", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/test/check-browser.ts"], { env: { ...process.env, ...env }, encoding: "utf8" });
    if (findChromium()) expect(run({}).status).toBe(0);
    // With no system browser to see and Playwright's browsers looked for in an empty folder.
    const missing = run({ PLAYWRIGHT_BROWSERS_PATH: "/nonexistent-playwright-browsers", CHROMIUM_PATH: "/nonexistent-chromium" });
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(MISSING_BROWSER_MESSAGE);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
