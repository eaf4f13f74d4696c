// Builds a PrismaClient on the pg driver adapter. lib/server/db.ts wraps it for the app (one
// cached client, "server-only"); tsx scripts (seed) and test fixtures call it directly, since
// "server-only" throws outside Next's react-server environment.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { readableDate } from "../readable-date";

export interface PoolOptions {
  /** Connections in this process's pool (pg's default is 10). */
  size?: number;
  /** How long a query waits for a free connection before it fails (0 would wait for ever). */
  waitMs?: number;
}

export function createPrismaClient(connectionString: string, pool: PoolOptions = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: pool.size ?? 10, connectionTimeoutMillis: pool.waitMs ?? 15_000 }),
    // A password hash is never read by accident: code that needs it asks with `omit: { passwordHash: false }`.
    omit: { user: { passwordHash: true } },
  });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;

/**
 * The app's reads of the dates a teacher typed. They were unbounded before lib/schemas/teach.ts
 * bounded them; a row from then (year 10000) reads back as an Invalid Date, whose toISOString()
 * throws and took whole pages down. Here such a date reads as the last minute of year 9999.
 */
export function withReadableDates(client: AppPrismaClient) {
  return client.$extends({
    result: {
      assignment: {
        opensAt: { needs: { opensAt: true }, compute: (row) => readableDate(row.opensAt) },
        dueAt: { needs: { dueAt: true }, compute: (row) => readableDate(row.dueAt) },
      },
      assignmentExtension: {
        dueAt: { needs: { dueAt: true }, compute: (row) => readableDate(row.dueAt) },
      },
    },
  });
}
