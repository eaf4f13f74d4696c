// Vitest global setup: one fresh, migrated PostgreSQL database for the whole run, handed to the
// test workers through provide/inject (scripts/test/vitest-setup.ts puts it in DATABASE_URL).
import type { TestProject } from "vitest/node";
import { redactUrl } from "../db/database-url";
import { createTestDatabase, openTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  try {
    const database = await createTestDatabase(server.url, "unit");
    console.log(`Test database: ${redactUrl(database.url)}`);
    project.provide("databaseUrl", database.url);
    return async () => {
      await database.drop();
      await server.stop();
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
