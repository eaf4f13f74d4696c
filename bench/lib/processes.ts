// Child processes the benchmarks serve from: `next start` of the production build, or a small
// node server of the bench's own. Each is waited for until it answers, and stopped at the end.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";

export interface Served {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

export function hasBuild(): boolean {
  return existsSync(path.join(PROJECT_ROOT, distDir(), "BUILD_ID"));
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
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

async function serve(command: string, args: string[], env: Record<string, string>, url: string, probe = url): Promise<Served> {
  const lines: string[] = [];
  const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  child.stdout!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  const output = () => lines.join("");
  const deadline = Date.now() + 90_000;
  while (!(await answers(probe))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop(child);
      throw new Error(`${path.basename(args[0] ?? command)} did not serve ${url}:\n${output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output, stop: () => stop(child) };
}

/** `next start` of the build in NEXT_DIST_DIR on `port`, against `databaseUrl`. */
export function startNext(options: { port: number; databaseUrl: string; authSecret: string }): Promise<Served> {
  const url = `http://127.0.0.1:${options.port}`;
  return serve(
    process.execPath,
    // e.g. BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the app under load.
    [...(process.env.BENCH_APP_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []), path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    url,
  );
}

/** A TypeScript server file of the bench run with tsx (react-server conditions, as in Next). */
export function startTsxServer(file: string, options: { port: number; env: Record<string, string> }): Promise<Served> {
  const url = `http://127.0.0.1:${options.port}`;
  return serve(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(PROJECT_ROOT, file)],
    { ...options.env, NODE_ENV: "production", PORT: String(options.port) },
    url,
    `${url}/health`,
  );
}
