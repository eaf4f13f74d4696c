// The app's database client: one per server process. In development Next reloads modules on
// every edit, so the client is kept on globalThis to avoid opening a new pool each time.
import "server-only";
import { env } from "./env";
import { rethrowDatabaseUnavailable } from "./errors";
import { createPrismaClient, withReadableDates, type AppPrismaClient } from "./prisma-client";

/**
 * The one place where a database outage gets its name: every query of the client (model
 * operations and raw SQL, inside transactions too) that fails for want of a connection throws
 * AppError("DATABASE_UNAVAILABLE") instead, which the error page, the action builder and the
 * route handlers tell apart from a bug. Anything else is thrown unchanged.
 */
export function withDatabaseErrors(client: AppPrismaClient): AppPrismaClient {
  const extended = client.$extends({
    name: "database-unavailable",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          return rethrowDatabaseUnavailable(error);
        }
      },
    },
  });
  // The extension changes no result type, so the client keeps the plain client's type.
  return extended as unknown as AppPrismaClient;
}

const globalForPrisma = globalThis as typeof globalThis & { handshakePrisma?: AppPrismaClient };

// withReadableDates changes no type (a Date stays a Date), so the client keeps the plain client's
// type, which the data functions (and their tests' clients) share.
export const db: AppPrismaClient =
  globalForPrisma.handshakePrisma ??
  withDatabaseErrors(
    withReadableDates(
      createPrismaClient(env.DATABASE_URL, { size: env.DATABASE_POOL_SIZE, waitMs: env.DATABASE_POOL_TIMEOUT_MS }),
    ) as unknown as AppPrismaClient,
  );

/**
 * Options for the few interactive transactions left (submitting an attempt, rating a flashcard):
 * wait for a pool connection as long as any query does (Prisma's default is 2 s, then P2028
 * "try again"), and give the transaction itself time to finish under load.
 */
export const TRANSACTION_OPTIONS = { maxWait: env.DATABASE_POOL_TIMEOUT_MS, timeout: env.DATABASE_POOL_TIMEOUT_MS } as const;

if (env.NODE_ENV !== "production") globalForPrisma.handshakePrisma = db;
