// npm run db:seed: the demo accounts that README.md and `npm start` advertise. Safe to run any
// number of times: an account that exists keeps its id and data; only its role, and its password
// if it no longer matches the advertised one, are set back.
import { pathToFileURL } from "node:url";
import type { Role } from "../lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "../lib/server/password";
import { createPrismaClient, type AppPrismaClient } from "../lib/server/prisma-client";

export const DEMO_PASSWORD = "handshake-demo-1";

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "teacher@handshake.test", name: "Demo Teacher", role: "TEACHER" },
  { email: "student@handshake.test", name: "Demo Student", role: "STUDENT" },
];

export async function seedDemoAccounts(db: AppPrismaClient): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true, passwordHash: true } });
    if (!existing) {
      await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
      continue;
    }
    const passwordStillWorks = existing.passwordHash !== null && (await verifyPassword(DEMO_PASSWORD, existing.passwordHash));
    await db.user.update({
      where: { id: existing.id },
      data: { role: account.role, ...(passwordStillWorks ? {} : { passwordHash: await hashPassword(DEMO_PASSWORD) }) },
    });
  }
}

export async function seedDatabase(connectionString: string): Promise<void> {
  const db = createPrismaClient(connectionString);
  try {
    await seedDemoAccounts(db);
  } finally {
    await db.$disconnect();
  }
}

export function describeDemoAccounts(): string {
  return DEMO_ACCOUNTS.map((account) => `  ${account.role.toLowerCase().padEnd(8)} ${account.email}  /  ${DEMO_PASSWORD}`).join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openAppDatabase } = await import("../scripts/db/app-database");
  const database = await openAppDatabase(console.log);
  try {
    await seedDatabase(database.url);
    console.log(`Demo accounts ready:\n${describeDemoAccounts()}`);
  } finally {
    await database.stop();
  }
}
