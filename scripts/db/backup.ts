/**
 * npm run db:backup -- FILE        DATABASE_URL's database into FILE (pg_dump custom format)
 * npm run db:restore -- FILE       FILE into DATABASE_URL's database (replacing what it holds)
 *
 * Backup and restore of the app's PostgreSQL with the server's own tools (docs/deploy.md,
 * "Backup and restore"). pg_dump takes a consistent snapshot of a live database without stopping
 * the app; pg_restore --clean --if-exists replaces the target's tables in one transaction (all or
 * nothing). scripts/db/backup.test.ts restores a dump into a fresh database and compares every
 * table. A pg_dump at least as new as the
 * server is required (an older one refuses newer servers); the Debian packages of every installed
 * version are searched.
 */
import { execFileSync } from "node:child_process";
import { findPgDump, serverMajorVersion } from "./describe-schema";

/** pg_restore from the same installation as the pg_dump found for the server. */
function toolsFor(serverMajor: number): { pgDump: string; pgRestore: string } {
  const pgDump = findPgDump(serverMajor);
  if (!pgDump) throw new Error(`No pg_dump of version ${serverMajor} or newer: install postgresql-client-${serverMajor}.`);
  return { pgDump, pgRestore: pgDump.replace(/pg_dump$/, "pg_restore") };
}

/** Writes a custom-format dump (compressed, restorable table by table) of the database at `url`. */
export async function backupDatabase(url: string, file: string): Promise<void> {
  const { pgDump } = toolsFor(await serverMajorVersion(url));
  execFileSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`], { stdio: ["ignore", "inherit", "inherit"] });
}

/** Restores a dump into the database at `url`, replacing the objects the dump holds, in one transaction. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  const { pgRestore } = toolsFor(await serverMajorVersion(url));
  execFileSync(pgRestore, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

const [command, file] = [process.argv[2], process.argv[3]];
if (command === "backup" || command === "restore") {
  const url = process.env.DATABASE_URL;
  if (!url || !file) {
    console.error(`Usage: DATABASE_URL=postgres://... npm run db:${command} -- FILE`);
    process.exit(2);
  }
  try {
    await (command === "backup" ? backupDatabase(url, file) : restoreDatabase(url, file));
    console.log(command === "backup" ? `Backed up into ${file}` : `Restored ${file}`);
  } catch (error) {
    console.error(`db:${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
