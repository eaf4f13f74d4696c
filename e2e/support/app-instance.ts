// Extra `next start` processes of the same production build, for specs that need an app of their
// own: a second instance behind the same database, an app on a database the spec may restart, or
// a database whose every table the spec counts. The build is the one NEXT_DIST_DIR names (default
// .next), the one the Playwright run itself serves.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { withDatabase } from "../../scripts/db/database-url";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { createTestDatabase, type TestDatabase } from "../../scripts/test/test-database";

export interface AppInstance {
  url: string;
  port: number;
  /** What the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A secret for AUTH_SECRET: instances meant to share sessions get the same one. */
export const newAuthSecret = () => randomBytes(33).toString("base64url");

async function isServing(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
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

export async function startAppInstance(options: {
  databaseUrl: string;
  authSecret: string;
  port?: number;
  trustedProxies?: number;
  /** More environment for the server (e.g. SMTP_* for a spec's own mail sink). */
  env?: Record<string, string>;
}): Promise<AppInstance> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // Specs set X-Forwarded-For as the one proxy in front would, unless they test without one.
      TRUSTED_PROXY_COUNT: String(options.trustedProxies ?? 1),
      ...options.env,
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  const output = () => lines.join("");
  const deadline = Date.now() + 60_000;
  while (!(await isServing(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`next start on port ${port} did not come up:\n${output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, port, output, stop: () => stopChild(child) };
}

/**
 * A fresh, migrated database of the spec's own on the server the Playwright run uses (the one
 * E2E_DATABASE_URL lives on), dropped by `drop()`.
 */
export function createSpecDatabase(label: string): Promise<TestDatabase> {
  const runDatabase = process.env.E2E_DATABASE_URL;
  if (!runDatabase) throw new Error("E2E_DATABASE_URL is unset: run the specs through playwright.config.ts.");
  return createTestDatabase(withDatabase(runDatabase, "postgres"), label);
}
