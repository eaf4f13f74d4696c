// The app's database client: one per server process. In development Next reloads modules on
// every edit, so the client is kept on globalThis to avoid opening a new pool each time.
import "server-only";
import { env } from "./env";
import { createPrismaClient, withReadableDates, type AppPrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as typeof globalThis & { handshakePrisma?: AppPrismaClient };

// withReadableDates changes no type (a Date stays a Date), so the client keeps the plain client's
// type, which the data functions (and their tests' clients) share.
export const db: AppPrismaClient = globalForPrisma.handshakePrisma ?? (withReadableDates(createPrismaClient(env.DATABASE_URL)) as unknown as AppPrismaClient);

if (env.NODE_ENV !== "production") globalForPrisma.handshakePrisma = db;
