// The schema behind lib/server/env.ts, kept apart (and free of "server-only") so that it can be
// unit-tested and reused by the tsx scripts.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "is not set (npm start and npm test set it for you; see README.md)" })
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// connection URL",
  });

export const envSchema = z
  .object({
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
    // Email, for "forgot password" links (docs/deploy.md, "Email"). Unset SMTP_HOST: no email, and
    // /forgot-password says so. Set: SMTP_FROM and APP_URL are needed too.
    SMTP_HOST: z
      .string()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, "must be a host name or address, e.g. smtp.example.org")
      .optional(),
    SMTP_PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(587),
    // "true": TLS from the first byte (port 465). Otherwise the connection is upgraded with STARTTLS
    // when the server offers it.
    SMTP_SECURE: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().min(3).max(320).optional(),
    // The address people open the app at, e.g. https://handshake.school.example: the links in
    // emails point there. Never taken from a request's Host header, which the sender controls.
    APP_URL: z.url({ protocol: /^https?$/, error: "must be the app's http:// or https:// address" }).optional(),
    // Shown where people look for help (the forgot-password page), e.g. it-help@school.example.
    SUPPORT_EMAIL: z.email({ error: "must be an email address" }).optional(),
  })
  .superRefine((env, context) => {
    if (env.SMTP_HOST) {
      if (!env.SMTP_FROM)
        context.addIssue({
          code: "custom",
          path: ["SMTP_FROM"],
          message: "must be set when SMTP_HOST is (the sender, e.g. Handshake <no-reply@school.example>)",
        });
      if (!env.APP_URL)
        context.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message: "must be set when SMTP_HOST is (the address the links in emails open, e.g. https://handshake.school.example)",
        });
    }
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      context.addIssue({
        code: "custom",
        path: [env.SMTP_USER ? "SMTP_PASSWORD" : "SMTP_USER"],
        message: "SMTP_USER and SMTP_PASSWORD go together (both set, or neither)",
      });
    }
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
