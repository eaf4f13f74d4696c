// npm start: everything a fresh clone needs to serve the app on one machine.
//   database (DATABASE_URL, or an embedded PostgreSQL in .data/) -> migrations -> demo accounts
//   -> production build (skipped when the build folder holds a build of this exact commit)
//   -> one `next start` per core on the same port (scripts/cluster.ts; WEB_CONCURRENCY sets how many)
// npm run dev (--dev) does the same with one `next dev` and no build.
// Ctrl-C (SIGINT) or SIGTERM stops Next, then the embedded database.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseEnv } from "../lib/server/env-schema";
import { describeDemoAccounts, seedDatabase } from "../prisma/seed";
import { type AppDatabase, openAppDatabase } from "./db/app-database";
import { type AppCluster, startCluster, workerCount } from "./cluster";
import { applyMigrations } from "./db/migrations";
import { PROJECT_ROOT } from "./db/schema-engine";

const DEV = process.argv.includes("--dev");
const MODE = DEV ? "development" : "production";
const log = (line: string) => console.log(`[start] ${line}`);
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");
// Where next build writes and next start reads (next.config.js honours NEXT_DIST_DIR too).
const DIST_DIR = path.join(PROJECT_ROOT, process.env.NEXT_DIST_DIR || ".next");
const BUILD_STAMP = path.join(DIST_DIR, "handshake-build-stamp");

/** AUTH_SECRET signs the session cookies: kept in .data/ so that sign-ins survive a restart. */
async function loadOrCreateAuthSecret(): Promise<string> {
  const file = path.join(PROJECT_ROOT, ".data/auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(33).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  log("Generated AUTH_SECRET into .data/auth-secret");
  return secret;
}

/** The commit a clean checkout is at, or null (dirty tree, no git): then the build always runs. */
function cleanCommit(): string | null {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8" });
  const head = git("rev-parse", "HEAD");
  const status = git("status", "--porcelain");
  if (head.status !== 0 || status.status !== 0 || status.stdout.trim() !== "") return null;
  return head.stdout.trim();
}

/** The child process running now (next build, then next start/dev), stopped on shutdown. */
let child: ChildProcess | undefined;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`next ${args[1] ?? ""} failed (${signal ?? `exit code ${code}`})`))));
  });
}

async function buildIfNeeded(): Promise<void> {
  const commit = cleanCommit();
  const built = existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(BUILD_STAMP) ? readFileSync(BUILD_STAMP, "utf8").trim() : null;
  if (commit && built === commit) {
    log(`Using the existing production build of ${commit.slice(0, 12)}`);
    return;
  }
  log("Building the app (next build)...");
  await run(process.execPath, [NEXT_BIN, "build"]);
  if (commit) await writeFile(BUILD_STAMP, `${commit}\n`);
}

async function waitUntilServing(port: number, next: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 240 && next.exitCode === null; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return false;
}

let database: AppDatabase | undefined;
let appCluster: AppCluster | undefined;
let stopping = false;

async function shutdown(exitCode: number): Promise<never> {
  stopping = true;
  await appCluster?.stop();
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await database?.stop();
  process.exit(exitCode);
}

/** `next dev`: one process (it rebuilds on every edit). */
async function serveDevelopment(port: number): Promise<boolean> {
  const next = spawn(process.execPath, [NEXT_BIN, "dev", "--port", String(port)], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: MODE },
  });
  child = next;
  next.on("exit", (code, signal) => {
    if (stopping) return;
    log(`Next exited (${signal ?? `code ${code}`})`);
    void shutdown(code ?? 1);
  });
  return waitUntilServing(port, next);
}

/** `next start` in every worker of a cluster: every core serves. */
async function serveProduction(port: number, workers: number): Promise<boolean> {
  log(`Starting ${workers} app process${workers === 1 ? "" : "es"} (one per core; WEB_CONCURRENCY to change)`);
  appCluster = startCluster({ nextBin: NEXT_BIN, port, workers, env: { ...process.env, NODE_ENV: MODE } });
  await appCluster.ready;
  return true;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) log(`${signal}: stopping`);
    void shutdown(signal === "SIGINT" ? 130 : 143);
  });
}

try {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.AUTH_TRUST_HOST ||= "true";
  process.env.AUTH_SECRET ||= await loadOrCreateAuthSecret();
  // Fails here, with every bad variable named, rather than inside the first request. (The
  // embedded database's URL is not known yet; a stand-in lets the rest be checked now.)
  const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value));
  const env = parseEnv({ DATABASE_URL: "postgres://embedded/handshake", ...given, NODE_ENV: MODE });

  database = await openAppDatabase(log);
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  await seedDatabase(database.url);
  if (!DEV) await buildIfNeeded();

  const ready = DEV ? serveDevelopment(env.PORT) : serveProduction(env.PORT, workerCount(env.WEB_CONCURRENCY));
  if (await ready) {
    console.log(
      `\nHandshake is running at http://localhost:${env.PORT}\nDemo accounts (email / password):\n${describeDemoAccounts()}\nPress Ctrl-C to stop.\n`,
    );
  }
} catch (error) {
  if (!stopping) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}
