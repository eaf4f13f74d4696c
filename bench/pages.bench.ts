/**
 * npm run bench -- pages
 *
 * What each page costs the server: the HTML's size (uncompressed, as sent) and the app process's
 * own CPU time per request (utime + stime from /proc/PID/stat of the `next start` process and its
 * children, before and after BENCH_REQUESTS (100) requests one after another over one keep-alive
 * connection, after BENCH_WARMUP (15) warm-up requests). The pages are those of issue 12's table,
 * signed in with session cookies minted the way Auth.js makes them (its JWT encode and AUTH_SECRET),
 * each naming a signed-in Device row the bench writes (a session is both: lib/server/devices.ts).
 *
 * The database: DATABASE_URL when it holds the scale seed (npm run db:seed:scale), else a fresh
 * database on that server (or the machine's 127.0.0.1:5432) migrated and filled by the scale seed
 * (about a minute), dropped at the end. The app: the production build in NEXT_DIST_DIR (.next),
 * served by `next start` on BENCH_PORT (3900); or BENCH_BASE_URL with BENCH_PID (the server's pid,
 * for its CPU time) and AUTH_SECRET to measure a server that is already running.
 * BENCH_PAGES="progress,mastery" measures only the pages whose label contains one of the words (a
 * word that is a whole label, such as "/", names that page alone). BENCH_SAVE_HTML=<folder> keeps
 * each measured page's HTML there (e.g. practice.html), to see what its bytes are.
 *
 * Linux only (/proc). CPU time is counted in clock ticks (10 ms), hence the many requests.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import { listeningPid, loadAverage, processTreeCpuMs } from "./lib/cpu";
import { createBenchDatabase } from "./lib/database";
import { hasBuild, startNext, type Served } from "./lib/processes";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const SESSION_COOKIE = "authjs.session-token";
/** What a client component shows for a message it was not given: "namespace.key". */
const UNTRANSLATED = /[>"](?:common|nav|auth|errors|home|simulator|practice|progress|flashcards|teach|manage|authoring|captures)\.[A-Za-z_]+[<"]/g;
async function hasScaleSeed(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT 1 FROM "User" WHERE "id" = 'scale-teacher-01'`);
    return rows.length > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A session as a sign-in makes one: a signed-in Device row (lib/server/devices.ts) and a cookie naming it. */
async function cookieFor(client: pg.Client, id: string, role: "STUDENT" | "TEACHER", secret: string): Promise<string> {
  const sid = `bench-pages-device-${id}`;
  await client.query(
    `INSERT INTO "Device" ("id", "userId", "userAgent", "createdAt", "lastSeenAt") VALUES ($1, $2, 'Bench', now(), now())
     ON CONFLICT ("id") DO UPDATE SET "createdAt" = now(), "lastSeenAt" = now(), "revokedAt" = NULL`,
    [sid, id],
  );
  const token = await encode({ token: { sub: id, id, role, sid, name: id, email: `${id}@scale.test` }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

// ---- the database ----
let databaseUrl = process.env.DATABASE_URL;
let dropDatabase = async () => {};
if (!databaseUrl || !(await hasScaleSeed(databaseUrl))) {
  const database = await createBenchDatabase("pages");
  databaseUrl = database.url;
  dropDatabase = async () => {
    await database.drop();
    await database.stopServer();
  };
  console.log(`Seeding ${database.name} as the scale seed does (npm run db:seed:scale)...`);
  const seeded = spawnSync(process.execPath, [`${PROJECT_ROOT}/node_modules/tsx/dist/cli.mjs`, "bench/scale/seed-scale.ts", "--force"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (seeded.status !== 0) {
    await dropDatabase();
    throw new Error("the scale seed failed");
  }
}

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;
// Teacher 01's first class (50 students); its assignment with the most submissions; a student of
// that class and the latest assignment they submitted.
const teacherId = "scale-teacher-01";
const { classId } = await one<{ classId: string }>(`SELECT "id" AS "classId" FROM "Classroom" WHERE "teacherId" = '${teacherId}' ORDER BY "id" LIMIT 1`);
const { teacherAssignmentId } = await one<{ teacherAssignmentId: string }>(
  `SELECT a."id" AS "teacherAssignmentId" FROM "Assignment" a JOIN "AssignmentSubmission" s ON s."assignmentId" = a."id"
   WHERE a."classId" = '${classId}' GROUP BY a."id" ORDER BY count(*) DESC, a."id" LIMIT 1`,
);
const { studentId } = await one<{ studentId: string }>(`SELECT "studentId" FROM "ClassMember" WHERE "classId" = '${classId}' ORDER BY "studentId" LIMIT 1`);
const { studentAssignmentId } = await one<{ studentAssignmentId: string }>(
  `SELECT "assignmentId" AS "studentAssignmentId" FROM "AssignmentSubmission" WHERE "studentId" = '${studentId}' AND "submittedAt" IS NOT NULL ORDER BY "submittedAt" DESC LIMIT 1`,
);

// ---- the server ----
let served: Served | undefined;
let baseUrl = process.env.BENCH_BASE_URL;
let pid = Number(process.env.BENCH_PID) || undefined;
const authSecret = process.env.AUTH_SECRET || "pages-bench-secret-0123456789-0123456789-abcdef";
if (!baseUrl) {
  if (!hasBuild()) throw new Error("No production build: run `npm run build` (or NEXT_DIST_DIR=... npx next build) first.");
  served = await startNext({ port: PORT, databaseUrl, authSecret });
  baseUrl = served.url;
  pid = listeningPid(PORT);
}
if (!pid) pid = listeningPid(Number(new URL(baseUrl).port));
if (!pid) throw new Error("Cannot find the server's process: set BENCH_PID.");

const student = await cookieFor(client, studentId, "STUDENT", authSecret);
const teacher = await cookieFor(client, teacherId, "TEACHER", authSecret);
await client.end();
const pages: { label: string; path: string; cookie?: string; status?: number }[] = [
  { label: "/ (anonymous)", path: "/" },
  { label: "/", path: "/", cookie: student },
  { label: "/practice", path: "/practice", cookie: student },
  { label: "/flashcards", path: "/flashcards", cookie: student },
  { label: "/progress", path: "/progress", cookie: student },
  { label: "/assignments/[id]", path: `/assignments/${studentAssignmentId}`, cookie: student },
  { label: "/simulator", path: "/simulator", cookie: student },
  { label: "/teach/classes/[id]", path: `/teach/classes/${classId}`, cookie: teacher },
  { label: "/teach/assignments/[id]", path: `/teach/assignments/${teacherAssignmentId}`, cookie: teacher },
  { label: "/teach/classes/[id]/mastery", path: `/teach/classes/${classId}/mastery`, cookie: teacher },
  { label: "/favicon.ico", path: "/favicon.ico" },
];
const only = process.env.BENCH_PAGES?.split(",").filter(Boolean);
// A word that is a whole label ("/") names that page alone; any other word, the pages whose label contains it.
const names = (page: { label: string }, word: string) => (pages.some((other) => other.label === word) ? page.label === word : page.label.includes(word));
const chosen = only ? pages.filter((page) => only.some((word) => names(page, word))) : pages;

const saveHtml = process.env.BENCH_SAVE_HTML;
if (saveHtml) mkdirSync(saveHtml, { recursive: true });
/** "/teach/classes/[id]" -> "teach-classes-id", "/ (anonymous)" -> "home-anonymous". */
const fileNameOf = (label: string) =>
  label
    .replace(/^\/(?=$| )/, "home")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "");

// One keep-alive connection, as a browser reuses its connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path: string, cookie?: string): Promise<{ status: number; bytes: number; body: string }> {
  const headers: Record<string, string> = { "accept-language": "en", ...(cookie ? { cookie } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, baseUrl), { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const buffer = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, bytes: buffer.length, body: buffer.toString("utf8") });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

// The app must read both cookies as signed in (through Auth.js's endpoint, device checked), or
// every "signed-in" figure below would be an anonymous page.
for (const [cookie, id] of [
  [student, studentId],
  [teacher, teacherId],
] as const) {
  const session = JSON.parse((await get("/api/auth/session", cookie)).body) as { user?: { id?: string } } | null;
  if (session?.user?.id !== id) throw new Error(`the app does not read the session cookie of ${id}: check AUTH_SECRET`);
}

const load = () => `load average ${loadAverage()}`;
console.log(`Student ${studentId} (class ${classId}, assignment ${studentAssignmentId}); teacher ${teacherId} (assignment ${teacherAssignmentId})`);
console.log(`${REQUESTS} requests per page after ${WARMUP} warm-up, one keep-alive connection; server pid ${pid}; ${load()}\n`);
console.log(`| page | status | HTML (bytes) | HTML (kB) | inline RSC data (kB) | CPU per request |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
const results: { label: string; bytes: number; cpuMs: number }[] = [];
try {
  for (const page of chosen) {
    let sample = await get(page.path, page.cookie);
    for (let i = 1; i < WARMUP; i++) sample = await get(page.path, page.cookie);
    const before = processTreeCpuMs(pid);
    for (let i = 0; i < REQUESTS; i++) await get(page.path, page.cookie);
    const cpuMs = (processTreeCpuMs(pid) - before) / REQUESTS;
    // The RSC payload Next inlines into the HTML for hydration: the self.__next_f.push(...) scripts.
    const rsc = [...sample.body.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
    results.push({ label: page.label, bytes: sample.bytes, cpuMs });
    if (saveHtml) writeFileSync(path.join(saveHtml, `${fileNameOf(page.label)}.html`), sample.body);
    // A client component whose messages were not provided shows "namespace.key" instead of text.
    const untranslated = [...new Set([...sample.body.matchAll(UNTRANSLATED)].map((m) => m[0]))];
    if (untranslated.length > 0) console.error(`  ${page.label}: untranslated message references in the HTML: ${untranslated.join(" ")}`);
    console.log(
      `| ${page.label} | ${sample.status} | ${sample.bytes} | ${(sample.bytes / 1000).toFixed(1)} | ${(rsc / 1000).toFixed(1)} | ${cpuMs.toFixed(1)} ms |`,
    );
  }
  // Other sections' pages, fetched once each: their client components must find their messages too.
  for (const [path, cookie] of [
    ["/signin", undefined],
    ["/signup", undefined],
    ["/classes", student],
    ["/flashcards/review", student],
    ["/flashcards/browse", student],
    ["/teach", teacher],
    [`/teach/assignments/${teacherAssignmentId}/edit`, teacher],
    [`/teach/assignments/${teacherAssignmentId}/preview`, teacher],
    [`/teach/classes/${classId}/assignments/new`, teacher],
  ] as const) {
    const { status, body } = await get(path, cookie);
    const untranslated = [...new Set([...body.matchAll(UNTRANSLATED)].map((m) => m[0]))];
    console.log(`  ${path}: ${status}, ${untranslated.length === 0 ? "no untranslated message references" : `untranslated: ${untranslated.join(" ")}`}`);
  }
} finally {
  console.log(`\n${load()}`);
  agent.destroy();
  await served?.stop();
  await dropDatabase();
}
