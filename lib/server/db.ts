// The app's database client: one per server process. In development Next reloads modules on
// every edit, so the client is kept on globalThis to avoid opening a new pool each time.
import "server-only";
import { env } from "./env";
import { createPrismaClient, type AppPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as typeof globalThis & { handshakePrisma?: AppPrismaClient };

export const db: AppPrismaClient = globalForPrisma.handshakePrisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForPrisma.handshakePrisma = db;
