/**
 * DATABASE_URL=... AUTH_SECRET=... BENCH_BASE_URL=http://127.0.0.1:3800 npx tsx bench/scale/class-at-once.ts
 * BENCH_PROFILE=moodle BENCH_STUDENTS=1000 ... (the same, with Moodle's load-test profile)
 *
 * A class at once, in one of two profiles (BENCH_PROFILE):
 *   aggressive (default): BENCH_STUDENTS (300) open the same assignment within 10 s and work through
 *     its 10 items with 2 to 5 s of thought between answers;
 *   moodle: Moodle's quiz load test: arrivals spread over 60 s, 30 to 90 s of thought, 16 items
 *     (BENCH_STUDENTS up to 1,000).
 * BENCH_ARRIVAL_S, BENCH_THINK_S ("30,90") and BENCH_ITEMS override a profile's values.
 * BENCH_PASSWORD_SHARE (0.1) of the students sign in with their password on arrival, through
 * Auth.js's credentials endpoint (a full scrypt each, as in the browser); the others get a session
 * cookie minted as below. The app's CPU time (BENCH_APP_PIDS, or the process listening on the
 * base URL's port, with all its children) is sampled every 100 ms and shared out among the
 * requests in flight, by kind, in proportion to their time in flight: an estimate of CPU per
 * request kind (the total per request is exact). Students work over HTTP
 * HTTP against a running production build (`next start`, same DATABASE_URL and AUTH_SECRET), as the
 * browser does: GET the page, the start Server Action (whose reply carries the page re-rendered),
 * one answer Server Action per item, the submit Server Action. Each student gets a JWT session
 * cookie minted with next-auth's own encode() and AUTH_SECRET naming a Device row written for it (what a
 * sign-in would set).
 *
 * It creates its own class, students and assignment in the database (ids "scale-load-<run>-..."),
 * prints latency percentiles per request kind, then checks that every answer that got a success
 * response is in the database (and that no other answer is). Bounded: every student stops after
 * its 10 answers; each request times out after 30 s. Only the loopback address is a target.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { answerFor, generateQuestion, listTemplates, type Difficulty, type QuestionResponse } from "../../lib/questions";
import { variantSeed } from "../../lib/teach/variant-seed";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { listeningPid, loadAverage, processTreeCpuMs } from "../lib/cpu";
import { SCALE_PASSWORD } from "./config";
import { percentile } from "./query-log";

const PROFILES = {
  aggressive: { arrivalS: 10, thinkS: [2, 5], items: 10 },
  moodle: { arrivalS: 60, thinkS: [30, 90], items: 16 },
} as const;
const profileName = (process.env.BENCH_PROFILE ?? "aggressive") as keyof typeof PROFILES;
const profile = PROFILES[profileName];
if (!profile) throw new Error(`BENCH_PROFILE must be one of ${Object.keys(PROFILES).join(", ")}`);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const ARRIVAL_MS = Number(process.env.BENCH_ARRIVAL_S ?? profile.arrivalS) * 1000;
const THINK_MS = (process.env.BENCH_THINK_S?.split(",").map((value) => Number(value) * 1000) ?? profile.thinkS.map((value) => value * 1000)) as [
  number,
  number,
];
const ITEMS = Number(process.env.BENCH_ITEMS ?? profile.items);
const PASSWORD_SHARE = Number(process.env.BENCH_PASSWORD_SHARE ?? 0.1);
if (!(STUDENTS >= 1 && STUDENTS <= 5000 && ITEMS >= 1 && ITEMS <= 30 && PASSWORD_SHARE >= 0 && PASSWORD_SHARE <= 1 && THINK_MS[0]! <= THINK_MS[1]!)) {
  throw new Error("BENCH_STUDENTS (1-5000), BENCH_ITEMS (1-30), BENCH_PASSWORD_SHARE (0-1) or BENCH_THINK_S (min,max) out of range");
}
const DIFFICULTY: Difficulty = 2;
const baseUrl = process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3800";
const databaseUrl = process.env.DATABASE_URL;
const secret = process.env.AUTH_SECRET;
const distDir = process.env.NEXT_DIST_DIR || ".next-scale";
if (!databaseUrl || !secret) throw new Error("Set DATABASE_URL and AUTH_SECRET to those of the running server.");
if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(baseUrl).hostname)) throw new Error("BENCH_BASE_URL must be a loopback address.");

const run = Date.now().toString(36);
const prefix = `scale-load-${run}`;
const classId = `${prefix}-class`;
const assignmentId = `${prefix}-asg`;
const seedKey = randomBytes(16).toString("hex");
const studentIds = Array.from({ length: STUDENTS }, (_, k) => `${prefix}-s${String(k + 1).padStart(3, "0")}`);
const templates = listTemplates();
const itemTemplates = Array.from({ length: ITEMS }, (_, j) => templates[(j * 3 + 1) % templates.length]!.id);

// ---- setup: class, students (the seed's password hash), membership, an assignment open now ----
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const hash = (await client.query<{ h: string }>(`SELECT "passwordHash" AS h FROM "User" WHERE "id" = 'scale-teacher-01'`)).rows[0]?.h;
if (!hash) throw new Error("No scale seed in this database: run npm run db:seed:scale first.");
await client.query("BEGIN");
await client.query(
  `INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode") VALUES ($1, 'scale-teacher-01', 'Load test ' || $2, upper(substr(md5($1), 1, 8)))`,
  [classId, run],
);
await client.query(
  `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "updatedAt")
   SELECT id, 'Load student ' || k, id || '@scale.test', $2, 'STUDENT', now() FROM unnest($1::text[]) WITH ORDINALITY AS s(id, k)`,
  [studentIds, hash],
);
await client.query(`INSERT INTO "ClassMember" ("classId", "studentId") SELECT $1, id FROM unnest($2::text[]) AS s(id)`, [classId, studentIds]);
// A session is a cookie and the signed-in Device row it names (lib/server/devices.ts), as a sign-in writes.
await client.query(
  `INSERT INTO "Device" ("id", "userId", "userAgent", "createdAt", "lastSeenAt") SELECT id || '-device', id, 'Bench', now(), now() FROM unnest($1::text[]) AS s(id)`,
  [studentIds],
);
await client.query(
  `INSERT INTO "Assignment" ("id", "classId", "teacherId", "title", "concepts", "itemTemplates", "difficulty", "opensAt", "dueAt", "attemptsAllowed", "showAnswers", "seedKey")
   VALUES ($1, $2, 'scale-teacher-01', 'Load test', $3, $4, $5, now() AT TIME ZONE 'UTC' - interval '1 minute', now() AT TIME ZONE 'UTC' + interval '2 hours', 1, 'IMMEDIATELY', $6)`,
  [assignmentId, classId, [...new Set(itemTemplates.map((id) => templates.find((t) => t.id === id)!.concept))], itemTemplates, DIFFICULTY, seedKey],
);
await client.query("COMMIT");
console.log(`Created class ${classId} with ${STUDENTS} students and assignment ${assignmentId} (${ITEMS} items).`);

// ---- the actions' ids, from the build's manifest (as the browser's bundle has them) ----
const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, distDir, "server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { exportedName?: string; filename?: string }>;
};
const actionId = (name: string) => {
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename?.includes("classes/actions"));
  if (!found) throw new Error(`no ${name} in ${distDir}'s manifest`);
  return found[0];
};
const ACTIONS = { start: actionId("startAttemptAction"), answer: actionId("answerItemAction"), submit: actionId("submitAttemptAction") };

// ---- HTTP as the browser does it ----
const COOKIE = "authjs.session-token";
const cookieOf = async (id: string) =>
  `${COOKIE}=${await encode({ token: { sub: id, id, role: "STUDENT", sid: `${id}-device`, name: id, email: `${id}@scale.test` }, secret, salt: COOKIE, maxAge: 3600 })}`;

type Kind = "signin" | "page" | "start" | "answer" | "submit";
const KINDS: Kind[] = ["signin", "page", "start", "answer", "submit"];
const latencies: Record<Kind, number[]> = { signin: [], page: [], start: [], answer: [], submit: [] };
const failures: Record<Kind, number> = { signin: 0, page: 0, start: 0, answer: 0, submit: 0 };
const cpuByKind: Record<Kind, number> = { signin: 0, page: 0, start: 0, answer: 0, submit: 0 };
const inFlight: Record<Kind, number> = { signin: 0, page: 0, start: 0, answer: 0, submit: 0 };
const failureSamples: string[] = [];
const answered = new Set<string>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pagePath = `/assignments/${assignmentId}`;

async function timed(kind: Kind, request: () => Promise<Response>, ok: (status: number, body: string) => boolean): Promise<boolean> {
  const start = performance.now();
  let status = 0;
  let body = "";
  inFlight[kind] += 1;
  try {
    const response = await request();
    status = response.status;
    body = await response.text();
  } catch (error) {
    body = String(error);
  } finally {
    inFlight[kind] -= 1;
  }
  latencies[kind].push(performance.now() - start);
  const success = ok(status, body);
  if (!success) {
    failures[kind] += 1;
    if (failureSamples.length < 5) failureSamples.push(`${kind} ${status}: ${body.slice(0, 200)}`);
  }
  return success;
}

const actionResult = (body: string): { ok?: boolean } | undefined => {
  const row = body.split("\n").find((line) => line.startsWith("1:"));
  try {
    return row ? (JSON.parse(row.slice(2)) as { ok?: boolean }) : undefined;
  } catch {
    return undefined;
  }
};

function callAction(cookie: string, id: string, args: unknown[]): Promise<Response> {
  return fetch(new URL(pagePath, baseUrl), {
    method: "POST",
    headers: { cookie, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(baseUrl).origin },
    body: JSON.stringify(args),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
}

const getPage = (cookie: string) => fetch(new URL(pagePath, baseUrl), { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
const pageOk = (status: number, body: string) => status === 200 && body.includes("Load test");
const actionOk = (status: number, body: string) => status === 200 && actionResult(body)?.ok === true;

/** What this student answers: right with a chance that differs by student, else a distractor. */
function responseFor(studentIndex: number, studentId: string, itemIndex: number): QuestionResponse {
  const seed = variantSeed({ seedKey, assignmentId, studentId, attempt: 1, itemIndex });
  const question = generateQuestion(itemTemplates[itemIndex]!, seed, DIFFICULTY);
  const skill = 0.4 + (0.5 * ((studentIndex * 37) % 100)) / 100;
  return Math.random() < skill || question.distractors.length === 0 ? answerFor(question) : question.distractors[0]!.response;
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does: the session cookie, or "" on failure. */
async function signIn(id: string): Promise<string> {
  let cookie = "";
  await timed(
    "signin",
    async () => {
      const csrf = await fetch(new URL("/api/auth/csrf", baseUrl), { signal: AbortSignal.timeout(30_000) });
      const csrfCookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: new URL(baseUrl).origin },
        body: new URLSearchParams({ email: `${id}@scale.test`, password: SCALE_PASSWORD, csrfToken, callbackUrl: "/" }),
        signal: AbortSignal.timeout(30_000),
      });
      cookie =
        response.headers
          .getSetCookie()
          .map((c) => c.split(";")[0]!)
          .find((c) => c.startsWith(`${COOKIE}=`)) ?? "";
      return response;
    },
    () => cookie !== "",
  );
  return cookie;
}

async function student(k: number): Promise<void> {
  const id = studentIds[k]!;
  await sleep((ARRIVAL_MS * k) / STUDENTS + Math.random() * 30);
  // Every 1/PASSWORD_SHARE-th student signs in with the password, spread over the arrivals.
  const withPassword = Math.floor((k + 1) * PASSWORD_SHARE) > Math.floor(k * PASSWORD_SHARE);
  const cookie = withPassword ? await signIn(id) : await cookieOf(id);
  if (!cookie) return;
  if (!(await timed("page", () => getPage(cookie), pageOk))) return;
  // The start action re-renders the page in its reply (revalidatePath), as the browser gets it: no second GET.
  if (!(await timed("start", () => callAction(cookie, ACTIONS.start, [{ assignmentId }]), actionOk))) return;
  for (let item = 0; item < ITEMS; item += 1) {
    await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
    const response = responseFor(k, id, item);
    if (await timed("answer", () => callAction(cookie, ACTIONS.answer, [{ assignmentId, itemIndex: item, response }]), actionOk)) answered.add(`${id}#${item}`);
  }
  await timed("submit", () => callAction(cookie, ACTIONS.submit, [{ assignmentId }]), actionOk);
}

// ---- the app's CPU time, shared out among the requests in flight every 100 ms ----
const appPids =
  process.env.BENCH_APP_PIDS?.split(",").map(Number).filter(Boolean) ??
  [listeningPid(Number(new URL(baseUrl).port))].filter((pid): pid is number => pid !== undefined);
const appCpu = () => appPids.reduce((sum, pid) => sum + processTreeCpuMs(pid), 0);
const cpuAtStart = appCpu();
let lastCpu = cpuAtStart;
const sampler = setInterval(() => {
  const now = appCpu();
  const spent = now - lastCpu;
  lastCpu = now;
  const busy = KINDS.reduce((n, kind) => n + inFlight[kind], 0);
  if (busy === 0 || spent === 0) return;
  for (const kind of KINDS) cpuByKind[kind] += (spent * inFlight[kind]) / busy;
}, 100);

console.log(
  `Profile ${profileName}: ${STUDENTS} students arriving over ${ARRIVAL_MS / 1000} s, ${THINK_MS[0] / 1000}-${THINK_MS[1] / 1000} s of thought, ${ITEMS} items, ${Math.round(PASSWORD_SHARE * 100)} % sign in with their password; app pids ${appPids.join(",") || "unknown"}; load average ${loadAverage()}`,
);
const started = performance.now();
await Promise.all(studentIds.map((_, k) => student(k)));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const cpuTotal = appCpu() - cpuAtStart;
const total = Object.values(latencies).reduce((n, list) => n + list.length, 0);
console.log(`\n${total} requests from ${STUDENTS} students in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)} requests/s)`);
console.log(
  `  ${"request".padEnd(8)} ${"count".padStart(6)} ${"failed".padStart(6)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ${"max".padStart(9)} ${"CPU/req".padStart(9)}`,
);
const all: number[] = [];
for (const [kind, list] of Object.entries(latencies) as [Kind, number[]][]) {
  if (list.length === 0) continue;
  all.push(...list);
  const f = (n: number) => `${n.toFixed(0)} ms`.padStart(9);
  const cpu = appPids.length ? `${(cpuByKind[kind] / list.length).toFixed(1)} ms`.padStart(9) : "";
  console.log(
    `  ${kind.padEnd(8)} ${String(list.length).padStart(6)} ${String(failures[kind]).padStart(6)} ${f(percentile(list, 50))} ${f(percentile(list, 95))} ${f(percentile(list, 99))} ${f(Math.max(...list))} ${cpu}`,
  );
}
console.log(
  `  ${"all".padEnd(8)} ${String(all.length).padStart(6)} ${String(Object.values(failures).reduce((a, b) => a + b, 0)).padStart(6)} ${`${percentile(all, 50).toFixed(0)} ms`.padStart(9)} ${`${percentile(all, 95).toFixed(0)} ms`.padStart(9)} ${"".padStart(19)} ${appPids.length ? `${(cpuTotal / all.length).toFixed(1)} ms`.padStart(9) : ""}`,
);
console.log(
  `App CPU time: ${(cpuTotal / 1000).toFixed(1)} s over ${seconds.toFixed(0)} s (${(cpuTotal / 1000 / seconds).toFixed(2)} cores on average); load average ${loadAverage()}`,
);
for (const sample of failureSamples) console.log(`  failure: ${sample}`);

// ---- every answer that got a success response is in the database, and nothing else is ----
const { rows } = await client.query<{ studentId: string; itemIndex: number }>(
  `SELECT a."studentId", a."itemIndex" FROM "AssignmentAnswer" a JOIN "AssignmentSubmission" s ON s."id" = a."submissionId" WHERE s."assignmentId" = $1`,
  [assignmentId],
);
const stored = new Set(rows.map((r) => `${r.studentId}#${r.itemIndex}`));
const missing = [...answered].filter((key) => !stored.has(key));
const unexpected = [...stored].filter((key) => !answered.has(key));
const submitted = (
  await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AssignmentSubmission" WHERE "assignmentId" = $1 AND "submittedAt" IS NOT NULL`, [assignmentId])
).rows[0]!.n;
console.log(
  `\nAnswers with a success response: ${answered.size}; in the database: ${stored.size}; missing: ${missing.length}; in the database without a success response: ${unexpected.length}; submitted attempts: ${submitted}`,
);
await client.end();
// Issue 12's aims: p95 of every request kind at most 1 s (aggressive, 300 students) or 300 ms (Moodle, 1,000), nothing failed or lost.
const aimMs = profileName === "moodle" ? 300 : 1000;
const worst = KINDS.filter((kind) => latencies[kind].length > 0).map((kind) => ({ kind, p95: percentile(latencies[kind], 95) }));
const failed = Object.values(failures).reduce((a, b) => a + b, 0);
const met = worst.every((entry) => entry.p95 <= aimMs) && failed === 0 && missing.length === 0;
console.log(
  `Aim (p95 <= ${aimMs} ms for every kind, 0 failed, 0 lost): ${met ? "met" : "missed"} (${worst.map((entry) => `${entry.kind} ${entry.p95.toFixed(0)} ms`).join(", ")}; ${failed} failed; ${missing.length} lost)`,
);
if (missing.length > 0 || answered.size === 0) process.exitCode = 1;
