/**
 * npm run bench -- two-instances
 *
 * Handshake as several instances behind a real load balancer and a real connection pooler:
 *   HAProxy (round robin, health check GET /api/health)  ->  two `next start` of the build in
 *   NEXT_DIST_DIR  ->  PgBouncer in transaction mode  ->  the machine's PostgreSQL.
 * It checks that a session works on every instance (a password sign-in through one instance is
 * read by the other, and through the balancer), runs the class bench (bench/scale/class-at-once.ts,
 * BENCH_PROFILE and BENCH_STUDENTS as there; default aggressive, 100 students) through the
 * balancer, and checks that both instances served and that no acknowledged answer is missing.
 *
 * DATABASE_URL: a database with the scale seed (npm run db:seed:scale), on a server PgBouncer
 * reaches with user postgres and trust. Ports: BENCH_PORT (3950) for HAProxy, +1 and +2 for the
 * instances, +3 for HAProxy's statistics, +4 for PgBouncer. Needs /usr/sbin/haproxy and
 * /usr/sbin/pgbouncer (Debian's haproxy and pgbouncer packages). Bench-only: nothing here ships.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { listeningPid } from "../lib/cpu";
import { distDir, hasBuild, startNext, type Served } from "../lib/processes";
import { SCALE_PASSWORD } from "./config";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("Set DATABASE_URL to a database with the scale seed (npm run db:seed:scale).");
if (!hasBuild()) throw new Error("No production build in NEXT_DIST_DIR: run npm run build first.");
const base = Number(process.env.BENCH_PORT ?? 3950);
const ports = { balancer: base, app1: base + 1, app2: base + 2, stats: base + 3, pooler: base + 4 };
const authSecret = process.env.AUTH_SECRET || "two-instances-bench-secret-0123456789-abcdef";
const target = new URL(databaseUrl);
const databaseName = target.pathname.slice(1);
const COOKIE = "authjs.session-token";

const folder = mkdtempSync(path.join(tmpdir(), "handshake-two-"));
chmodSync(folder, 0o755);
const children: ChildProcess[] = [];
const served: Served[] = [];

function run(command: string, args: string[], label: string): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
  child.on("exit", (code) => {
    if (code && code !== 0 && !stopping) console.error(`${label} exited with code ${code}:\n${lines.join("").slice(-2000)}`);
  });
  children.push(child);
  return child;
}

async function waitFor(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not come up`);
}

let stopping = false;
async function stopAll(): Promise<void> {
  stopping = true;
  await Promise.all(served.map((server) => server.stop()));
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
}

// ---- PgBouncer, transaction mode (runs as the postgres user: it refuses root) ----
const pooledUrl = `postgres://postgres@127.0.0.1:${ports.pooler}/${databaseName}`;
writeFileSync(path.join(folder, "users.txt"), `"postgres" ""\n`);
writeFileSync(
  path.join(folder, "pgbouncer.ini"),
  `[databases]
${databaseName} = host=${target.hostname} port=${target.port || 5432} dbname=${databaseName} user=postgres

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${ports.pooler}
unix_socket_dir =
auth_type = trust
auth_file = ${path.join(folder, "users.txt")}
pool_mode = transaction
; Each instance's pg pool (DATABASE_POOL_SIZE, 10) connects here; PgBouncer shares 20 server connections among them.
max_client_conn = 400
default_pool_size = 20
reserve_pool_size = 5
; node-postgres sends these at connect time; PgBouncer must not refuse them.
ignore_startup_parameters = extra_float_digits,options
server_reset_query =
`,
);
for (const file of ["users.txt", "pgbouncer.ini"]) chmodSync(path.join(folder, file), 0o644);

// ---- HAProxy: round robin over the two instances, each checked on /api/health ----
writeFileSync(
  path.join(folder, "haproxy.cfg"),
  `global
  maxconn 4000

defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  # Requests beyond a server's maxconn wait here for their turn, not refused.
  timeout queue 60s
  # A check answered slowly because the machine is busy is not a dead server.
  timeout check 10s
  option http-keep-alive

frontend web
  bind 127.0.0.1:${ports.balancer}
  default_backend app

backend app
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
  server app1 127.0.0.1:${ports.app1} check inter 3s fall 3 rise 1 maxconn 100
  server app2 127.0.0.1:${ports.app2} check inter 3s fall 3 rise 1 maxconn 100

listen stats
  bind 127.0.0.1:${ports.stats}
  stats enable
  stats uri /stats
`,
);

/** Per server of the backend: HTTP responses it gave (HAProxy's statistics, CSV). */
async function servedBy(): Promise<Record<string, number>> {
  const csv = await (await fetch(`http://127.0.0.1:${ports.stats}/stats;csv`)).text();
  const [header, ...rows] = csv.replace(/^# /, "").trim().split("\n");
  const columns = header!.split(",");
  const at = (name: string) => columns.indexOf(name);
  const result: Record<string, number> = {};
  for (const row of rows) {
    const cells = row.split(",");
    if (cells[at("pxname")] === "app" && cells[at("svname")]!.startsWith("app"))
      result[cells[at("svname")]!] = Number(cells[at("hrsp_2xx")]) + Number(cells[at("hrsp_3xx")]);
  }
  return result;
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ email, password: SCALE_PASSWORD, csrfToken, callbackUrl: "/" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`${COOKIE}=`));
  if (!session) throw new Error(`could not sign in ${email} at ${baseUrl} (${response.status})`);
  return session;
}

const sessionEmail = async (baseUrl: string, cookie: string) =>
  ((await (await fetch(new URL("/api/auth/session", baseUrl), { headers: { cookie } })).json()) as { user?: { email?: string } } | null)?.user?.email;

let failed = false;
try {
  run("/usr/sbin/pgbouncer", ["-u", "postgres", path.join(folder, "pgbouncer.ini")], "pgbouncer");
  await waitFor("PgBouncer", async () => {
    const client = new pg.Client({ connectionString: pooledUrl });
    await client.connect();
    await client.query("SELECT 1");
    await client.end();
    return true;
  });
  console.log(`PgBouncer (transaction mode) on ${ports.pooler} -> ${target.host}/${databaseName}`);

  for (const port of [ports.app1, ports.app2]) served.push(await startNext({ port, databaseUrl: pooledUrl, authSecret }));
  const appPids = [ports.app1, ports.app2].map((port) => listeningPid(port)).filter((pid): pid is number => pid !== undefined);
  console.log(`Two instances of ${distDir()} on ${ports.app1} and ${ports.app2} (pids ${appPids.join(", ")}), both through PgBouncer`);

  run("/usr/sbin/haproxy", ["-db", "-f", path.join(folder, "haproxy.cfg")], "haproxy");
  const balancer = `http://127.0.0.1:${ports.balancer}`;
  await waitFor("HAProxy", async () => (await fetch(`${balancer}/api/health`)).ok);
  await waitFor("both instances healthy", async () => Object.keys(await servedBy()).length === 2);
  console.log(`HAProxy on ${ports.balancer}, checking /api/health of each instance`);

  // ---- sessions work on every instance ----
  const one = `http://127.0.0.1:${ports.app1}`;
  const two = `http://127.0.0.1:${ports.app2}`;
  const checks = [
    { signedInAt: one, readAt: two, email: "student0001@scale.test" },
    { signedInAt: two, readAt: one, email: "student0002@scale.test" },
    { signedInAt: balancer, readAt: balancer, email: "teacher01@scale.test" },
  ];
  for (const check of checks) {
    const cookie = await signIn(check.signedInAt, check.email);
    const seen = [await sessionEmail(check.readAt, cookie), await sessionEmail(balancer, cookie), await sessionEmail(balancer, cookie)];
    const ok = seen.every((email) => email === check.email);
    console.log(
      `Session of ${check.email} signed in at ${check.signedInAt}: read at ${check.readAt} and twice through the balancer: ${ok ? "same user" : `MISMATCH ${JSON.stringify(seen)}`}`,
    );
    if (!ok) failed = true;
  }

  // ---- the class bench through the balancer ----
  const before = await servedBy();
  const bench = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(PROJECT_ROOT, "bench/scale/class-at-once.ts")], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      BENCH_BASE_URL: balancer,
      BENCH_APP_PIDS: appPids.join(","),
      NEXT_DIST_DIR: distDir(),
      BENCH_STUDENTS: process.env.BENCH_STUDENTS ?? "100",
    },
  });
  const code = await new Promise<number>((resolve) => bench.on("exit", (exit) => resolve(exit ?? 1)));
  const after = await servedBy();
  const share = Object.fromEntries(Object.entries(after).map(([server, n]) => [server, n - (before[server] ?? 0)]));
  console.log(`\nResponses per instance during the class bench (HAProxy): ${JSON.stringify(share)}`);
  if (code !== 0) {
    console.error("The class bench reports acknowledged answers missing from the database, or none acknowledged at all.");
    failed = true;
  }
  if (Object.values(share).some((n) => n === 0) || Object.keys(share).length !== 2) {
    console.error("One instance served nothing.");
    failed = true;
  }
  console.log(failed ? "\nTwo instances: FAILED" : "\nTwo instances: sessions work on both, both served, nothing lost.");
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
