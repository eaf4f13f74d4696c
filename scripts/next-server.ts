// The one way the tests and the benchmarks run the app: `next start` of the production build in
// NEXT_DIST_DIR, on 127.0.0.1:<port>, against a database they name; waited for until it answers,
// stopped with SIGTERM (SIGKILL after ten seconds). Used by the Playwright setup, the specs that
// need an app of their own (e2e/support/app-instance.ts) and the benchmarks (bench/lib/processes.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/schema-engine";

export interface NextServer {
  url: string;
  port: number;
  /** What the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

export function hasBuild(): boolean {
  return existsSync(path.join(PROJECT_ROOT, distDir(), "BUILD_ID"));
}

export async function isServing(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export function stopChild(child: ChildProcess): Promise<void> {
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

/** Starts `command args` in the project and waits until `probe` answers; its output is kept. */
export async function serveChild(options: {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  url: string;
  port: number;
  probe?: string;
  onStderr?: (chunk: string) => void;
}): Promise<NextServer> {
  const lines: string[] = [];
  const child = spawn(options.command, options.args, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  child.stdout!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    lines.push(chunk.toString());
    options.onStderr?.(chunk.toString());
  });
  const output = () => lines.join("");
  const deadline = Date.now() + 90_000;
  while (!(await isServing(options.probe ?? options.url))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${options.name} did not serve ${options.url}:\n${output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: options.url, port: options.port, output, stop: () => stopChild(child) };
}

export interface NextServerOptions {
  port: number;
  databaseUrl: string;
  authSecret: string;
  /** More environment: TRUSTED_PROXY_COUNT, pool sizes, NEXT_DIST_DIR ... */
  env?: Record<string, string>;
  /** Node flags before next's own (e.g. --cpu-prof to profile the app under load). */
  nodeArgs?: string[];
  /** Wraps the command, e.g. in `chrt` to run it at another priority. */
  wrap?: (command: string, args: string[]) => [string, string[]];
  /** Called with whatever the server writes to stderr, as it comes. */
  onStderr?: (chunk: string) => void;
}

export function startNextServer(options: NextServerOptions): Promise<NextServer> {
  const args = [
    ...(options.nodeArgs ?? []),
    path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"),
    "start",
    "--port",
    String(options.port),
    "--hostname",
    "127.0.0.1",
  ];
  const [command, wrappedArgs] = options.wrap ? options.wrap(process.execPath, args) : [process.execPath, args];
  return serveChild({
    name: `next start on port ${options.port}`,
    command,
    args: wrappedArgs,
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    onStderr: options.onStderr,
    env: {
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
}
