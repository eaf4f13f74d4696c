// The schema behind lib/server/env.ts, kept apart (and free of "server-only") so that it can be
// unit-tested and reused by the tsx scripts.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "is not set (npm start and npm test set it for you; see README.md)" })
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// connection URL",
  });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: postgresUrl,
  AUTH_SECRET: z
    .string({ error: "is not set (npm start generates one into .data/auth-secret)" })
    .min(32, "must be at least 32 characters (try: openssl rand -base64 33)"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TRUSTED_PROXY_COUNT: z.coerce.number({ error: "must be a whole number of proxies (0 when none)" }).int().min(0).max(10).default(0),
  // The database pool of each app process (docs/deploy.md, "Pool sizes"): connections, and how long
  // a request waits for one before it fails with "the database is busy" (a burst waits its turn).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // npm start's app processes (scripts/cluster.ts); unset: one per core.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
});

/** TRUSTED_PROXY_COUNT alone, for instrumentation.ts (which must not need the rest to start). */
export function trustedProxyCount(value: string | undefined): number {
  return envSchema.shape.TRUSTED_PROXY_COUNT.parse(value === "" ? undefined : value);
}

export type Env = z.infer<typeof envSchema>;

/** Validates the environment, or throws one error that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string counts as unset, as it does in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}
