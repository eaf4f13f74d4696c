// npm run db:migrate: applies the migrations in prisma/migrations that the database lacks.
import { openAppDatabase } from "./app-database";
import { applyMigrations } from "./migrations";

const database = await openAppDatabase(console.log);
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date: no migration to apply.");
} finally {
  await database.stop();
}
