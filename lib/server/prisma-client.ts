// Builds a PrismaClient on the pg driver adapter. lib/server/db.ts wraps it for the app (one
// cached client, "server-only"); tsx scripts (seed) and test fixtures call it directly, since
// "server-only" throws outside Next's react-server environment.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // A password hash is never read by accident: code that needs it asks with `omit: { passwordHash: false }`.
    omit: { user: { passwordHash: true } },
  });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
