// npm run db:migration -- NAME: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes a database from the existing migrations to prisma/schema.prisma (what
// `prisma migrate dev --create-only` does). The existing migrations are replayed on a temporary
// shadow database on the server that DATABASE_URL names, or on the embedded one.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { openAppDatabase } from "./app-database";
import { MIGRATION_LOCK, diffSql, isEmptyScript } from "./migrations";
import { MIGRATIONS_DIR } from "./schema-engine";

const nameSchema = z
  .string({ error: "Usage: npm run db:migration -- <name>   (e.g. add_quiz_attempts)" })
  .transform((value) =>
    value
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, ""),
  )
  .pipe(z.string().min(1, "The migration name needs at least one letter or digit.").max(60, "Keep the migration name under 60 characters."));

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

const parsed = nameSchema.safeParse(process.argv[2]);
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(1);
}

const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
if (!existsSync(lockPath)) {
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  await writeFile(lockPath, MIGRATION_LOCK);
}

const database = await openAppDatabase(console.log);
let sql: string;
try {
  sql = await diffSql(database.url, "migrations", "schema");
} finally {
  await database.stop();
}

if (isEmptyScript(sql)) {
  console.log("prisma/schema.prisma matches the migrations: nothing to write.");
} else {
  const folder = `${timestamp()}_${parsed.data}`;
  await mkdir(path.join(MIGRATIONS_DIR, folder));
  await writeFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  console.log(`Wrote prisma/migrations/${folder}/migration.sql. Read it, then apply it with npm run db:migrate.`);
}
