// The server boundary, as the README's layout section states it: every file in lib/server is
// "server-only" (or a "use server" actions.ts), but for the few that code outside Next's server
// loads, each named here with the reason. (The lint rule handshake/client-imports-only-actions
// keeps "use client" files to actions.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

const LOADED_OUTSIDE_NEXT: Record<string, string> = {
  "lib/server/auth.config.ts": "proxy.ts builds its own NextAuth from it",
  "lib/server/client-address.ts": "instrumentation.ts's socket hook reads it",
  "lib/server/client-address-hook.ts": "instrumentation.ts installs it on the Node HTTP server",
  "lib/server/env-schema.ts": "scripts/start.ts and instrumentation.ts validate the environment with it",
  "lib/server/prisma-client.ts": "tsx scripts (migrate, seed, benchmarks) build their clients with it",
  "lib/server/password.ts": "prisma/seed.ts hashes the demo accounts' passwords",
  "lib/server/mastery/concept-rollup.ts": "the seed and the benchmarks record rollups as grading does",
  "lib/server/practice/testing.ts": "test fixtures, run by vitest and Playwright outside Next",
};

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : filesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const head = (path: string) => readFileSync(join(ROOT, path), "utf8").split("\n").slice(0, 30);
const isServerOnly = (path: string) => head(path).some((line) => line === 'import "server-only";');
const isUseServer = (path: string) => head(path).some((line) => line === '"use server";');

describe("lib/server is server code", () => {
  const files = filesUnder("lib/server").map((path) => relative(ROOT, join(ROOT, path)));

  it("every file is server-only or a Server Action file, but for the few loaded outside Next", () => {
    const unmarked = files.filter((path) => !isServerOnly(path) && !isUseServer(path) && !(path in LOADED_OUTSIDE_NEXT));
    expect(unmarked).toEqual([]);
  });

  it("the exceptions still exist and really carry no server-only (the list stays true)", () => {
    for (const path of Object.keys(LOADED_OUTSIDE_NEXT)) {
      expect(files, path).toContain(path);
      expect(isServerOnly(path), path).toBe(false);
    }
  });
});

describe("Server Action files", () => {
  it('every "use server" file is named actions.ts', () => {
    const misnamed = ["app", "components", "lib"].flatMap(filesUnder).filter((path) => isUseServer(path) && !path.endsWith("/actions.ts"));
    expect(misnamed).toEqual([]);
  });
});
