// The one place the server reads its environment. Everything is validated when the server loads
// it, so a missing or malformed variable stops the app with a clear message instead of failing
// later inside a request (create-t3-app's env module, without the dependency).
import "server-only";
import { parseEnv } from "./env-schema";

// `next build` loads server modules to collect page data but serves nothing: the runtime secrets
// belong to the machine that runs the build, not to the build itself (one build, many instances).
// Placeholders stand in during the build; one that is used anyway fails with its name in the error.
const BUILD_PLACEHOLDERS = {
  DATABASE_URL: "postgres://database-url-is-unset-during-next-build.invalid/handshake",
  AUTH_SECRET: "auth-secret-is-unset-during-next-build",
};
const duringBuild = process.env.NEXT_PHASE === "phase-production-build";

const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value));

export const env = parseEnv(duringBuild ? { ...BUILD_PLACEHOLDERS, ...given } : given);
export type { Env } from "./env-schema";
