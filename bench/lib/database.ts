// A fresh, migrated database for a benchmark, on a real PostgreSQL: the server DATABASE_URL names
// (its own database is never touched), else the machine's 127.0.0.1:5432 if it answers, else an
// embedded PostgreSQL (scripts/test). Dropped by `drop()`.
import pg from "pg";
import { createTestDatabase, openTestServer, type TestDatabase } from "../../scripts/test/test-database";

const MACHINE_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createBenchDatabase(label: string): Promise<TestDatabase & { server: string; stopServer(): Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl && (await answers(MACHINE_SERVER))) serverUrl = MACHINE_SERVER;
  if (!serverUrl) {
    const server = await openTestServer();
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const database = await createTestDatabase(serverUrl, `bench_${label}`);
  return { ...database, server: serverUrl, stopServer };
}

/** The server's version and the settings that matter for a write benchmark, for the report. */
export async function describeServer(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; fsync: string; sync: string; buffers: string; max: string }>(
      `SELECT version() AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync,
              current_setting('shared_buffers') AS buffers, current_setting('max_connections') AS max`,
    );
    const row = rows[0]!;
    return `${row.version.split(",")[0]} (fsync=${row.fsync}, synchronous_commit=${row.sync}, shared_buffers=${row.buffers}, max_connections=${row.max})`;
  } finally {
    await client.end();
  }
}
