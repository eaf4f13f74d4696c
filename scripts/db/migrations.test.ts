// Integration test: the committed migrations and prisma/schema.prisma describe the same database.
// One fresh database gets the migrations, another the SQL the engine derives straight from the
// schema; their schemas must match. A schema change without its migration fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabase, dropDatabase } from "./admin";
import { describeFromCatalog, dumpSchema, findPgDump, serverMajorVersion } from "./describe-schema";
import { applyMigrations, diffSql, isEmptyScript } from "./migrations";
import { readMigrations } from "./schema-engine";

const serverUrl = process.env.DATABASE_URL!;
const suffix = `${process.pid}_${Date.now()}`;
const names = { migrated: `handshake_check_migrated_${suffix}`, fromSchema: `handshake_check_schema_${suffix}` };
let migratedUrl: string;
let fromSchemaUrl: string;

beforeAll(async () => {
  migratedUrl = await createDatabase(serverUrl, names.migrated);
  fromSchemaUrl = await createDatabase(serverUrl, names.fromSchema);
});

afterAll(async () => {
  await dropDatabase(serverUrl, names.migrated);
  await dropDatabase(serverUrl, names.fromSchema);
});

describe("migrations", () => {
  it("apply to an empty database, record themselves, and are not applied twice", async () => {
    const { migrationDirectories } = await readMigrations();
    expect(migrationDirectories.length).toBeGreaterThan(0);
    const applied = await applyMigrations(migratedUrl);
    expect(applied).toEqual(migrationDirectories.map((directory) => directory.path));
    expect(await applyMigrations(migratedUrl)).toEqual([]);

    const client = new pg.Client({ connectionString: migratedUrl });
    await client.connect();
    const { rows } = await client.query("select migration_name from _prisma_migrations where finished_at is not null order by migration_name");
    await client.end();
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
  });

  it("build the same schema as prisma/schema.prisma", async () => {
    const schemaSql = await diffSql(serverUrl, "empty", "schema");
    const client = new pg.Client({ connectionString: fromSchemaUrl });
    await client.connect();
    await client.query(schemaSql);
    await client.end();

    const migrated = await describeFromCatalog(migratedUrl);
    expect(migrated).toContain('constraint "User" User_pkey PRIMARY KEY (id)');
    expect(await describeFromCatalog(fromSchemaUrl)).toBe(migrated);

    // pg_dump refuses servers newer than itself; Debian's (15) can dump CI's server but not the embedded one (18).
    const pgDump = findPgDump(await serverMajorVersion(serverUrl));
    if (pgDump) expect(dumpSchema(pgDump, fromSchemaUrl)).toBe(dumpSchema(pgDump, migratedUrl));
  });

  it("leave nothing for db:migration to write", async () => {
    expect(isEmptyScript(await diffSql(serverUrl, "migrations", "schema"))).toBe(true);
  });
});
