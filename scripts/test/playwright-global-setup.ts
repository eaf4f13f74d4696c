// Playwright global setup: a fresh, migrated database on the test server, and the production
// build (`next start`) serving it on E2E_PORT (3100). The server is started here rather than
// through the config's `webServer`, which Playwright launches before global setup, that is before
// the database it must be given exists. The teardown stops Next, drops the database, then stops
// the embedded PostgreSQL, in that order.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { redactUrl } from "../db/database-url";
import { PROJECT_ROOT } from "../db/schema-engine";
import { findChromium, MISSING_BROWSER_MESSAGE } from "./browser";
import { e2eBaseUrl, e2ePort } from "./e2e-settings";
import { createTestDatabase, openTestServer } from "./test-database";

const log = (line: string) => console.log(`[e2e] ${line}`);

async function isServing(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

async function waitUntilServing(url: string, next: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (next.exitCode !== null || next.signalCode !== null) break;
    if (await isServing(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not serve ${url}:\n${output.join("").split("\n").slice(-30).join("\n")}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export default async function globalSetup() {
  // `npx playwright test` run directly: the same one line as npm test's check, before any setup.
  if (!findChromium()) throw new Error(MISSING_BROWSER_MESSAGE);
  const baseUrl = e2eBaseUrl();
  // next start serves the build in NEXT_DIST_DIR (next.config.js), like the build that wrote it.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(PROJECT_ROOT, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first (\`npm run test:e2e\` and \`npm test\` do).`);
  }
  if (await isServing(baseUrl)) {
    throw new Error(`Something already serves ${baseUrl}; stop it or choose another port with E2E_PORT.`);
  }

  const server = await openTestServer(log);
  const database = await createTestDatabase(server.url, "e2e").catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  log(`Test database: ${redactUrl(database.url)}`);
  // Read by the fixtures (e2e/fixtures) in the test workers, which inherit this environment.
  process.env.E2E_DATABASE_URL = database.url;

  const output: string[] = [];
  const next = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(e2ePort()), "--hostname", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(33).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // The specs stand in for one proxy: each sends X-Forwarded-For to keep its sign-in
      // failures apart from the others' (e2e/security-accounts.spec.ts tests the default, 0).
      TRUSTED_PROXY_COUNT: "1",
    },
  });
  next.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  // The server's errors belong in the test output, next to the test that provoked them.
  next.stderr!.on("data", (chunk: Buffer) => {
    output.push(chunk.toString());
    process.stderr.write(`[next] ${chunk.toString()}`);
  });

  const teardown = async () => {
    await stopProcess(next);
    await database.drop();
    await server.stop();
  };
  try {
    await waitUntilServing(baseUrl, next, output);
  } catch (error) {
    await teardown();
    throw error;
  }
  log(`Serving the production build at ${baseUrl}`);
  return teardown;
}
