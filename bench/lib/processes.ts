// Child processes the benchmarks serve from: `next start` of the production build
// (scripts/next-server.ts, shared with the tests), or a small node server of the bench's own.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { serveChild, startNextServer, type NextServer } from "../../scripts/next-server";

export { distDir, hasBuild } from "../../scripts/next-server";
export type Served = NextServer;

/** `next start` of the build in NEXT_DIST_DIR on `port`, against `databaseUrl`. */
export function startNext(options: { port: number; databaseUrl: string; authSecret: string }): Promise<Served> {
  // e.g. BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the app under load.
  return startNextServer({ ...options, nodeArgs: process.env.BENCH_APP_NODE_ARGS?.split(/\s+/).filter(Boolean) });
}

/** A TypeScript server file of the bench run with tsx (react-server conditions, as in Next). */
export function startTsxServer(file: string, options: { port: number; env: Record<string, string> }): Promise<Served> {
  const url = `http://127.0.0.1:${options.port}`;
  return serveChild({
    name: file,
    command: process.execPath,
    args: [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(PROJECT_ROOT, file)],
    env: { ...options.env, NODE_ENV: "production", PORT: String(options.port) },
    url,
    port: options.port,
    probe: `${url}/health`,
  });
}

/** The grading floor (bench/grading-floor): a Next app of its own, built afresh (BENCH_FLOOR_BUILD=0 keeps the last build). */
export function buildGradingFloor(): void {
  if (process.env.BENCH_FLOOR_BUILD === "0") return;
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "build", "bench/grading-floor"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (built.status !== 0) throw new Error("next build bench/grading-floor failed");
}

/** `next start` of the grading floor on `port`. */
export function startGradingFloor(options: { port: number; databaseUrl: string; authSecret: string }): Promise<Served> {
  const url = `http://127.0.0.1:${options.port}`;
  return serveChild({
    name: "the grading floor (bench/grading-floor)",
    command: process.execPath,
    args: [
      path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"),
      "start",
      "bench/grading-floor",
      "--port",
      String(options.port),
      "--hostname",
      "127.0.0.1",
    ],
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: options.databaseUrl, AUTH_SECRET: options.authSecret },
    url,
    port: options.port,
    probe: `${url}/health`,
  });
}
