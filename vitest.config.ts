import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fromRoot("./") },
      // "server-only" throws unless imported under Next's react-server condition; tests run server
      // modules directly, as the server would, so they get the package's own no-op entry.
      { find: /^server-only$/, replacement: fromRoot("./node_modules/server-only/empty.js") },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which only a bundler resolves: let Vite
    // bundle it (lib/server/auth.test.ts loads the app's Auth.js setup).
    server: { deps: { inline: ["next-auth"] } },
    // A fresh, migrated PostgreSQL database per run (see scripts/test/test-database.ts).
    globalSetup: ["scripts/test/vitest-global-setup.ts"],
    setupFiles: ["scripts/test/vitest-setup.ts"],
    // Password hashing (scrypt, 128 MiB) and real database round trips outlast the 5 s default on 2 cores.
    // A guard against hangs, not a speed goal: a test hashing several passwords on a busy machine
    // (other test files, a build) took 20 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
