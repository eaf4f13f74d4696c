// Prisma CLI configuration (Prisma 7 reads the database URL here, not from schema.prisma).
// DATABASE_URL may be unset: `prisma generate` (run on install) needs no database, and the app's
// own commands (npm start, npm test) choose or start a database themselves.
import { defineConfig, env } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ? env("DATABASE_URL") : "",
  },
});
