// Which database the app and the db:* commands use: DATABASE_URL when it is set, otherwise the
// "handshake" database on an embedded PostgreSQL started for the occasion.
import { ensureDatabase } from "./admin";
import { redactUrl } from "./database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";

export const APP_DATABASE_NAME = "handshake";
const DEFAULT_APP_PORT = 5433;

export interface AppDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export function embeddedPort(fallback: number, variable = "EMBEDDED_POSTGRES_PORT"): number {
  const raw = process.env[variable];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable} must be a port number, got "${raw}"`);
  return port;
}

export async function openAppDatabase(log: (line: string) => void = () => {}): Promise<AppDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    log(`Database: ${redactUrl(configured)} (DATABASE_URL)`);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ name: "postgres", port: embeddedPort(DEFAULT_APP_PORT), log });
  const url = await ensureDatabase(server.url, APP_DATABASE_NAME);
  log(`Database: ${redactUrl(url)} (embedded; set DATABASE_URL to use your own)`);
  return { url, embedded: true, stop: server.stop };
}
