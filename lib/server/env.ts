// The one place the server reads its environment. Everything is validated at start-up, so a
// missing or malformed variable stops the app with a clear message instead of failing later
// inside a request (create-t3-app's env module, without the dependency).
import "server-only";
import { parseEnv } from "./env-schema";

export const env = parseEnv(process.env);
export type { Env } from "./env-schema";
