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
  },
});
