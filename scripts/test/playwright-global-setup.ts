// Playwright global setup: a fresh, migrated database on the test server, and the production
// build (`next start`) serving it on E2E_PORT (3100). The server is started here rather than
// through the config's `webServer`, which Playwright launches before global setup, that is before
// the database it must be given exists. The teardown stops Next, drops the database, then stops
// the embedded PostgreSQL, in that order.
import { randomBytes } from "node:crypto";
import { redactUrl } from "../db/database-url";
import { distDir, hasBuild, isServing, startNextServer, type NextServer } from "../next-server";
import { findChromium, MISSING_BROWSER_MESSAGE } from "./browser";
import { e2eBaseUrl, e2ePort } from "./e2e-settings";
import { createTestDatabase, openTestServer } from "./test-database";

const log = (line: string) => console.log(`[e2e] ${line}`);

export default async function globalSetup() {
  // `npx playwright test` run directly: the same one line as npm test's check, before any setup.
  if (!findChromium()) throw new Error(MISSING_BROWSER_MESSAGE);
  const baseUrl = e2eBaseUrl();
  // next start serves the build in NEXT_DIST_DIR (next.config.js), like the build that wrote it.
  if (!hasBuild()) {
    throw new Error(`No production build in ${distDir()}: run \`npm run build\` first (\`npm run test:e2e\` and \`npm test\` do).`);
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

  let next: NextServer;
  try {
    next = await startNextServer({
      port: e2ePort(),
      databaseUrl: database.url,
      authSecret: randomBytes(33).toString("base64url"),
      // The specs stand in for one proxy: each sends X-Forwarded-For to keep its sign-in
      // failures apart from the others' (e2e/security-accounts.spec.ts tests the default, 0).
      env: { TRUSTED_PROXY_COUNT: "1" },
      // The server's errors belong in the test output, next to the test that provoked them.
      onStderr: (chunk) => process.stderr.write(`[next] ${chunk}`),
    });
  } catch (error) {
    await database.drop();
    await server.stop();
    throw error;
  }
  const teardown = async () => {
    await next.stop();
    await database.drop();
    await server.stop();
  };
  log(`Serving the production build at ${baseUrl}`);
  return teardown;
}
