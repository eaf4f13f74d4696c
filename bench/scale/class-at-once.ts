/**
 * DATABASE_URL=... AUTH_SECRET=... BENCH_BASE_URL=http://127.0.0.1:3800 npx tsx bench/scale/class-at-once.ts
 *
 * A class at once: BENCH_STUDENTS (300) students open the same assignment within BENCH_ARRIVAL_S
 * (10) seconds and work through its 10 items with 2 to 5 seconds of thought between answers, over
 * HTTP against a running production build (`next start`, same DATABASE_URL and AUTH_SECRET), as the
 * browser does: GET the page, the start Server Action, GET the page again (the refresh after it),
 * one answer Server Action per item, the submit Server Action. Each student gets a JWT session
 * cookie minted with next-auth's own encode() and AUTH_SECRET (what a sign-in would set).
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
import { percentile } from "./query-log";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const ARRIVAL_MS = Number(process.env.BENCH_ARRIVAL_S ?? 10) * 1000;
const THINK_MS: [number, number] = [2000, 5000];
const ITEMS = 10;
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
await client.query(`INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode") VALUES ($1, 'scale-teacher-01', 'Load test ' || $2, upper(substr(md5($1), 1, 8)))`, [classId, run]);
await client.query(
  `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "updatedAt")
   SELECT id, 'Load student ' || k, id || '@scale.test', $2, 'STUDENT', now() FROM unnest($1::text[]) WITH ORDINALITY AS s(id, k)`,
  [studentIds, hash],
);
await client.query(`INSERT INTO "ClassMember" ("classId", "studentId") SELECT $1, id FROM unnest($2::text[]) AS s(id)`, [classId, studentIds]);
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
  `${COOKIE}=${await encode({ token: { sub: id, id, role: "STUDENT", name: id, email: `${id}@scale.test` }, secret, salt: COOKIE, maxAge: 3600 })}`;

type Kind = "page" | "start" | "answer" | "submit";
const latencies: Record<Kind, number[]> = { page: [], start: [], answer: [], submit: [] };
const failures: Record<Kind, number> = { page: 0, start: 0, answer: 0, submit: 0 };
const failureSamples: string[] = [];
const answered = new Set<string>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pagePath = `/assignments/${assignmentId}`;

async function timed(kind: Kind, request: () => Promise<Response>, ok: (status: number, body: string) => boolean): Promise<boolean> {
  const start = performance.now();
  let status = 0;
  let body = "";
  try {
    const response = await request();
    status = response.status;
    body = await response.text();
  } catch (error) {
    body = String(error);
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
  const skill = 0.4 + 0.5 * ((studentIndex * 37) % 100) / 100;
  return Math.random() < skill || question.distractors.length === 0 ? answerFor(question) : question.distractors[0]!.response;
}

async function student(k: number): Promise<void> {
  const id = studentIds[k]!;
  await sleep((ARRIVAL_MS * k) / STUDENTS + Math.random() * 30);
  const cookie = await cookieOf(id);
  if (!(await timed("page", () => getPage(cookie), pageOk))) return;
  if (!(await timed("start", () => callAction(cookie, ACTIONS.start, [{ assignmentId }]), actionOk))) return;
  await timed("page", () => getPage(cookie), pageOk); // the refresh after starting
  for (let item = 0; item < ITEMS; item += 1) {
    await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
    const response = responseFor(k, id, item);
    if (await timed("answer", () => callAction(cookie, ACTIONS.answer, [{ assignmentId, itemIndex: item, response }]), actionOk)) answered.add(`${id}#${item}`);
  }
  await timed("submit", () => callAction(cookie, ACTIONS.submit, [{ assignmentId }]), actionOk);
}

const started = performance.now();
await Promise.all(studentIds.map((_, k) => student(k)));
const seconds = (performance.now() - started) / 1000;
const total = Object.values(latencies).reduce((n, list) => n + list.length, 0);
console.log(`\n${total} requests from ${STUDENTS} students in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)} requests/s)`);
console.log(`  ${"request".padEnd(8)} ${"count".padStart(6)} ${"failed".padStart(6)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ${"max".padStart(9)}`);
const all: number[] = [];
for (const [kind, list] of Object.entries(latencies) as [Kind, number[]][]) {
  if (list.length === 0) continue;
  all.push(...list);
  const f = (n: number) => `${n.toFixed(0)} ms`.padStart(9);
  console.log(`  ${kind.padEnd(8)} ${String(list.length).padStart(6)} ${String(failures[kind]).padStart(6)} ${f(percentile(list, 50))} ${f(percentile(list, 95))} ${f(percentile(list, 99))} ${f(Math.max(...list))}`);
}
console.log(`  ${"all".padEnd(8)} ${String(all.length).padStart(6)} ${String(Object.values(failures).reduce((a, b) => a + b, 0)).padStart(6)} ${`${percentile(all, 50).toFixed(0)} ms`.padStart(9)} ${`${percentile(all, 95).toFixed(0)} ms`.padStart(9)}`);
for (const sample of failureSamples) console.log(`  failure: ${sample}`);

// ---- every answer that got a success response is in the database, and nothing else is ----
const { rows } = await client.query<{ studentId: string; itemIndex: number }>(
  `SELECT a."studentId", a."itemIndex" FROM "AssignmentAnswer" a JOIN "AssignmentSubmission" s ON s."id" = a."submissionId" WHERE s."assignmentId" = $1`,
  [assignmentId],
);
const stored = new Set(rows.map((r) => `${r.studentId}#${r.itemIndex}`));
const missing = [...answered].filter((key) => !stored.has(key));
const unexpected = [...stored].filter((key) => !answered.has(key));
const submitted = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AssignmentSubmission" WHERE "assignmentId" = $1 AND "submittedAt" IS NOT NULL`, [assignmentId])).rows[0]!.n;
console.log(`\nAnswers with a success response: ${answered.size}; in the database: ${stored.size}; missing: ${missing.length}; in the database without a success response: ${unexpected.length}; submitted attempts: ${submitted}`);
await client.end();
if (missing.length > 0) process.exitCode = 1;
