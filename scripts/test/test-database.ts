// Every test run gets a database of its own: created fresh on the test server, migrated, and
// dropped at the end, so tests never see the app's data nor another run's. The server is the one
// DATABASE_URL points at when it is set (its own database is never touched), otherwise an
// embedded PostgreSQL kept apart from the app's.
import { createDatabase, dropDatabase, listDatabases } from "../db/admin";
import { embeddedPort } from "../db/app-database";
import { startEmbeddedPostgres, type RunningServer } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";

export const TEST_DATABASE_PREFIX = "handshake_test_";
const DEFAULT_TEST_PORT = 5434;
/** Databases left behind by runs that were killed are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export function openTestServer(log: (line: string) => void = () => {}): Promise<RunningServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return Promise.resolve({ url: configured, stop: async () => {} });
  return startEmbeddedPostgres({ name: "postgres-test", port: embeddedPort(DEFAULT_TEST_PORT, "EMBEDDED_POSTGRES_TEST_PORT"), log });
}

function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export function testDatabaseName(label: string, date = new Date(), pid = process.pid): string {
  return `${TEST_DATABASE_PREFIX}${compactTimestamp(date)}_${pid}_${label}`;
}

/** When a test database was created, read back from its name; null for names not made here. */
export function testDatabaseCreatedAt(name: string): Date | null {
  const match = new RegExp(`^${TEST_DATABASE_PREFIX}(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})_`).exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

export async function dropStaleTestDatabases(serverUrl: string, now = new Date()): Promise<string[]> {
  const stale = (await listDatabases(serverUrl, TEST_DATABASE_PREFIX)).filter((name) => {
    const createdAt = testDatabaseCreatedAt(name);
    return createdAt !== null && now.getTime() - createdAt.getTime() > STALE_AFTER_MS;
  });
  for (const name of stale) await dropDatabase(serverUrl, name);
  return stale;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated database on the server; `label` tells runs apart ("unit", "e2e"). */
export async function createTestDatabase(serverUrl: string, label: string): Promise<TestDatabase> {
  await dropStaleTestDatabases(serverUrl);
  const name = testDatabaseName(label);
  const url = await createDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
  return { name, url, drop: () => dropDatabase(serverUrl, name) };
}
