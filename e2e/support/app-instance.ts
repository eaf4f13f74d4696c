// Extra `next start` processes of the same production build, for specs that need an app of their
// own: a second instance behind the same database, an app on a database the spec may restart, or
// a database whose every table the spec counts. The build is the one NEXT_DIST_DIR names (default
// .next), the one the Playwright run itself serves.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { withDatabase } from "../../scripts/db/database-url";
import { startNextServer, type NextServer } from "../../scripts/next-server";
import { createTestDatabase, type TestDatabase } from "../../scripts/test/test-database";

export type AppInstance = NextServer;

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

export async function startAppInstance(options: {
  databaseUrl: string;
  authSecret: string;
  port?: number;
  trustedProxies?: number;
  /** More environment for the server (e.g. SMTP_* for a spec's own mail sink). */
  env?: Record<string, string>;
}): Promise<AppInstance> {
  return startNextServer({
    port: options.port ?? (await freePort()),
    databaseUrl: options.databaseUrl,
    authSecret: options.authSecret,
    // Specs set X-Forwarded-For as the one proxy in front would, unless they test without one.
    env: { TRUSTED_PROXY_COUNT: String(options.trustedProxies ?? 1), ...options.env },
  });
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
