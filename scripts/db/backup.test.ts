// Integration test: a backup restores to the same data. A migrated database gets accounts, a class,
// an assignment answer and practice; it is dumped with pg_dump, then restored with pg_restore into
// a fresh database and over one that changed since; every table's rows must match the original.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase } from "./admin";
import { backupDatabase, restoreDatabase } from "./backup";
import { applyMigrations } from "./migrations";

const serverUrl = process.env.DATABASE_URL!;
const suffix = `${process.pid}_${Date.now()}`;
const names = { source: `handshake_backup_src_${suffix}`, fresh: `handshake_backup_new_${suffix}`, changed: `handshake_backup_old_${suffix}` };
const folder = mkdtempSync(path.join(tmpdir(), "handshake-backup-"));
const file = path.join(folder, "handshake.dump");
const urls: Record<keyof typeof names, string> = { source: "", fresh: "", changed: "" };

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the public schema with its row count and a digest of its rows in a fixed order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: string; digest: string | null }>(
      url,
      `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    result[name] = `${row!.n}:${row!.digest ?? "-"}`;
  }
  return result;
}

beforeAll(async () => {
  for (const key of Object.keys(names) as (keyof typeof names)[]) urls[key] = await createDatabase(serverUrl, names[key]);
  await applyMigrations(urls.source);
  await applyMigrations(urls.changed);
  await query(
    urls.source,
    `INSERT INTO "User" ("id", "name", "email", "role", "updatedAt") VALUES
       ('u-teacher', 'Teacher 甲', 'teacher@backup.test', 'TEACHER', now()), ('u-student', 'Student', 'student@backup.test', 'STUDENT', now())`,
  );
  await query(urls.source, `INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode") VALUES ('c-1', 'u-teacher', 'Networks 1', 'ABCD2345')`);
  await query(urls.source, `INSERT INTO "ClassMember" ("classId", "studentId") VALUES ('c-1', 'u-student')`);
  await query(
    urls.source,
    `INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale")
     SELECT 'q-' || g, 'u-student', 'handshake-state', 'handshake', g, 2, 'en' FROM generate_series(1, 50) g`,
  );
  // The database restored over holds rows of its own, which the restore must replace.
  await query(
    urls.changed,
    `INSERT INTO "User" ("id", "name", "email", "role", "updatedAt") VALUES ('u-stale', 'Stale', 'stale@backup.test', 'STUDENT', now())`,
  );
});

afterAll(async () => {
  for (const name of Object.values(names)) await dropDatabase(serverUrl, name);
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores a dump into a fresh database with every table's rows unchanged", async () => {
    await backupDatabase(urls.source, file);
    await restoreDatabase(urls.fresh, file);
    const original = await fingerprint(urls.source);
    expect(original.User).toMatch(/^2:/);
    expect(original._prisma_migrations).toBeDefined();
    expect(await fingerprint(urls.fresh)).toEqual(original);
  });

  it("replaces what a database holds when restoring over it", async () => {
    await restoreDatabase(urls.changed, file);
    expect(await fingerprint(urls.changed)).toEqual(await fingerprint(urls.source));
    expect(await query(urls.changed, `SELECT 1 FROM "User" WHERE "id" = 'u-stale'`)).toEqual([]);
  });
});
