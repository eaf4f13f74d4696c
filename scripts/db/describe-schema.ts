// A database's schema as text, for comparing two databases: pg_dump --schema-only where a pg_dump
// at least as new as the server exists, and always a description read from the catalogs (which
// works against any server version; the embedded server is newer than Debian's pg_dump).
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import pg from "pg";

const IGNORED_TABLE = "_prisma_migrations";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, constraints, indexes, enums and sequences of the public schema, one per line. */
export async function describeFromCatalog(url: string): Promise<string> {
  const lines: string[] = [];
  const columns = await query<Record<string, string | null>>(
    url,
    `
    select table_name, column_name, udt_name, is_nullable, column_default, character_maximum_length::text,
           numeric_precision::text, numeric_scale::text, datetime_precision::text
    from information_schema.columns where table_schema = 'public' and table_name <> '${IGNORED_TABLE}'`,
  );
  for (const c of columns)
    lines.push(
      `column ${Object.values(c)
        .map((v) => v ?? "∅")
        .join(" | ")}`,
    );
  const constraints = await query<{ table: string; name: string; definition: string }>(
    url,
    `
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where connamespace = 'public'::regnamespace
      and conrelid not in (select oid from pg_class where relname = '${IGNORED_TABLE}')`,
  );
  for (const c of constraints) lines.push(`constraint ${c.table} ${c.name} ${c.definition}`);
  const indexes = await query<{ indexdef: string }>(
    url,
    `
    select indexdef from pg_indexes where schemaname = 'public' and tablename <> '${IGNORED_TABLE}'`,
  );
  for (const i of indexes) lines.push(`index ${i.indexdef}`);
  const enums = await query<{ name: string; labels: string }>(
    url,
    `
    select t.typname as name, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid where t.typnamespace = 'public'::regnamespace group by t.typname`,
  );
  for (const e of enums) lines.push(`enum ${e.name} ${e.labels}`);
  const sequences = await query<{ name: string }>(url, `select sequencename as name from pg_sequences where schemaname = 'public'`);
  for (const s of sequences) lines.push(`sequence ${s.name}`);
  return lines.sort().join("\n");
}

function majorVersionOf(pgDump: string): number | null {
  try {
    const match = /\(PostgreSQL\) (\d+)/.exec(execFileSync(pgDump, ["--version"], { encoding: "utf8" }));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The newest pg_dump on this machine that can dump a server of `serverMajor`, if any. */
export function findPgDump(serverMajor: number): string | null {
  const candidates = ["pg_dump"];
  try {
    for (const version of readdirSync("/usr/lib/postgresql")) candidates.push(`/usr/lib/postgresql/${version}/bin/pg_dump`);
  } catch {
    // no Debian-style PostgreSQL installation
  }
  const usable = candidates
    .map((path) => ({ path, major: majorVersionOf(path) }))
    .filter((c): c is { path: string; major: number } => c.major !== null && c.major >= serverMajor)
    .sort((a, b) => b.major - a.major);
  return usable[0]?.path ?? null;
}

export async function serverMajorVersion(url: string): Promise<number> {
  const [row] = await query<{ server_version_num: string }>(url, "show server_version_num");
  return Math.floor(Number(row!.server_version_num) / 10000);
}

/** pg_dump --schema-only without comments, settings and the per-run \restrict keys. */
export function dumpSchema(pgDump: string, url: string): string {
  const output = execFileSync(pgDump, ["--schema-only", "--no-owner", "--no-privileges", `--exclude-table=${IGNORED_TABLE}`, `--dbname=${url}`], {
    encoding: "utf8",
  });
  return output
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("--") && !/^(SET |SELECT pg_catalog\.set_config|\\(un)?restrict )/.test(line))
    .join("\n");
}
