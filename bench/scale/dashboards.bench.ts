/**
 * DATABASE_URL=... npx tsx --conditions=react-server bench/scale/dashboards.bench.ts [--explain FILE]
 *
 * Database time of three dashboards on the scale seed (npm run db:seed:scale, 1,000,000 answers):
 *   - a teacher's results page of one assignment (table per student + item analysis),
 *   - the class mastery grid (50 students x 11 concepts),
 *   - the progress page of the student with the most practice attempts.
 * Each page is the data functions the page calls, plus the session's user lookup, through the
 * app's own Prisma client, whose pg pool records every statement with its round-trip time. Each
 * page runs BENCH_RUNS (20) times after 3 warm-up runs. Database time per page, over each distinct
 * statement it sent: "server", PostgreSQL's planning + execution time (EXPLAIN ANALYZE, TIMING OFF),
 * summed; "trips", the statements replayed one after another on a plain pg connection, round trips
 * included, summed. "wall": the data functions through Prisma, as the page runs them. p50/p95. Then every distinct statement of a page is re-run under
 * EXPLAIN (ANALYZE, BUFFERS), flagging a sequential scan of PracticeAttempt or AssignmentAnswer;
 * --explain FILE writes the plans there. Read-only: it changes nothing in the database.
 * (--conditions=react-server lets the "server-only" modules load outside Next.)
 */
import { writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { percentile, recordingPool, type LoggedQuery } from "./query-log";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL must name the database filled by npm run db:seed:scale");
process.env.AUTH_SECRET ||= "scale-bench-secret-not-used-for-anything-0123456789";
const explainAt = process.argv.indexOf("--explain");
const explainFile = explainAt > 0 ? process.argv[explainAt + 1] : undefined;

// The app's client (lib/server/db.ts) reuses a client found on globalThis: put one there built
// on the recording pool, with the app's options, before anything imports lib/server/db.
const { pool, log } = recordingPool(databaseUrl);
(globalThis as { handshakePrisma?: unknown }).handshakePrisma = new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });

const { db } = await import("../../lib/server/db");
const { getAssignmentResults } = await import("../../lib/server/teach/get-assignment-results");
const { getClassMasteryGrid } = await import("../../lib/server/teach/get-class-mastery-grid");
const { viewerFor } = await import("../../lib/progress/viewer");
const progress = {
  overview: (await import("../../lib/server/progress/load-progress-overview")).loadProgressOverview,
  concepts: (await import("../../lib/server/progress/load-concept-masteries")).loadConceptMasteries,
  map: (await import("../../lib/server/progress/load-mastery-map")).loadMasteryMap,
  trend: (await import("../../lib/server/progress/load-accuracy-trend")).loadAccuracyTrend,
  calendar: (await import("../../lib/server/progress/load-activity-calendar")).loadActivityCalendar,
  due: (await import("../../lib/server/progress/load-flashcards-due")).loadFlashcardsDue,
  mistakes: (await import("../../lib/server/progress/load-recent-mistakes")).loadRecentMistakes,
  hasAnswers: (await import("../../lib/server/progress/queries")).queryHasAnswers,
};

const admin = new pg.Client({ connectionString: databaseUrl });
await admin.connect();
const one = async <T>(sql: string) => (await admin.query(sql)).rows[0] as T;
// The class and assignment of teacher 01 with the most submissions among closed ones; the student with the most practice.
const { teacherId, classId } = await one<{ teacherId: string; classId: string }>(
  `SELECT "teacherId", "id" AS "classId" FROM "Classroom" WHERE "teacherId" = 'scale-teacher-01' ORDER BY "id" LIMIT 1`,
);
const { assignmentId } = await one<{ assignmentId: string }>(
  `SELECT a."id" AS "assignmentId" FROM "Assignment" a JOIN "AssignmentSubmission" s ON s."assignmentId" = a."id"
   WHERE a."classId" = '${classId}' AND a."dueAt" < now() GROUP BY a."id" ORDER BY count(*) DESC, a."id" LIMIT 1`,
);
const { studentId, attempts } = await one<{ studentId: string; attempts: string }>(
  `SELECT "userId" AS "studentId", count(*) AS attempts FROM "PracticeAttempt" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
);
const { typicalId, typicalAttempts } = await one<{ typicalId: string; typicalAttempts: string }>(
  `SELECT "userId" AS "typicalId", n AS "typicalAttempts" FROM (SELECT "userId", count(*) AS n FROM "PracticeAttempt" GROUP BY 1) c ORDER BY n, "userId" OFFSET (SELECT count(DISTINCT "userId") / 2 FROM "PracticeAttempt") LIMIT 1`,
);
if (!teacherId || !assignmentId || !studentId || !typicalId) throw new Error("The database has no scale seed: run npm run db:seed:scale first.");
const totals = await one<{ practice: string; answers: string }>(
  `SELECT (SELECT count(*) FROM "PracticeAttempt") AS practice, (SELECT count(*) FROM "AssignmentAnswer") AS answers`,
);
console.log(`Database: ${totals.practice} practice attempts + ${totals.answers} assignment answers`);
console.log(
  `Teacher ${teacherId}, class ${classId}, assignment ${assignmentId}; students ${studentId} (most practice: ${attempts} attempts), ${typicalId} (median: ${typicalAttempts})`,
);

// What getOptionalUser() reads for every page (the JWT itself needs no query).
const sessionUser = (id: string) => db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, locale: true } });

async function progressPage(userId: string) {
  await sessionUser(userId);
  // As app/progress/page.tsx: the activity check, then every widget at once. Outside a request
  // React's cache() does not share, so the daily-answers and review-days queries run once per
  // widget here (3 and 3 times) where the page runs them once: the wall time overestimates, the
  // database time counts each distinct statement once, as the page runs it.
  const viewer = viewerFor(userId, "en", "Asia/Shanghai");
  await progress.hasAnswers(userId);
  await Promise.all([
    progress.overview(viewer),
    progress.concepts(viewer),
    progress.map(viewer),
    progress.trend(viewer),
    progress.calendar(viewer),
    progress.due(viewer),
    progress.mistakes(viewer),
  ]);
}

const pages: Record<string, () => Promise<unknown>> = {
  "teacher results (table + item analysis)": async () => {
    await sessionUser(teacherId);
    const results = await getAssignmentResults({ teacherId, assignmentId, locale: "en" });
    if (!results || results.rows.length === 0) throw new Error("no results");
  },
  "class mastery grid": async () => {
    await sessionUser(teacherId);
    const grid = await getClassMasteryGrid({ teacherId, classId, locale: "en" });
    if (!grid || grid.students.length === 0) throw new Error("no grid");
  },
  "student progress page (most practice)": () => progressPage(studentId),
  "student progress page (median student)": () => progressPage(typicalId),
};

const fmt = (n: number) => `${n.toFixed(2)} ms`;
const report: string[] = [];
const lastRun = new Map<string, LoggedQuery[]>();
console.log(`\n${RUNS} runs per page after ${WARM_UP} warm-up runs:`);
const header = `  ${"page".padEnd(42)} ${"queries".padStart(7)}  ${"server p50".padStart(10)} ${"server p95".padStart(10)}  ${"trips p50".padStart(10)} ${"trips p95".padStart(10)}  ${"wall p50".padStart(10)} ${"wall p95".padStart(10)}`;
console.log(header);
report.push(header);
for (const [name, run] of Object.entries(pages)) {
  const dbTimes: number[] = [];
  const serverTimes: number[] = [];
  const wallTimes: number[] = [];
  let queries = 0;
  for (let k = 0; k < WARM_UP + RUNS; k += 1) {
    log.length = 0;
    const start = performance.now();
    await run();
    const wall = performance.now() - start;
    if (k < WARM_UP) continue;
    // Database time: the page's statements replayed one after another on a plain connection, so
    // that neither Prisma's work nor the page's concurrent queries waiting on each other count.
    // A statement sent twice with the same parameters counts once: in a request React's cache()
    // shares the progress page's daily-answers and review-days queries between its widgets.
    let replayed = 0;
    const distinct = new Map(log.map((q) => [`${q.text}\u0000${JSON.stringify(q.values)}`, q]));
    let server = 0;
    for (const query of distinct.values()) {
      const t0 = performance.now();
      await admin.query({ text: query.text, values: query.values });
      replayed += performance.now() - t0;
      // What PostgreSQL itself spent (planning + execution), which the machine's other load and
      // the client's event loop disturb much less than a round trip.
      const { rows } = await admin.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) ${query.text}`, values: query.values });
      const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
      server += Number(/Planning Time: ([\d.]+)/.exec(text)?.[1] ?? 0) + Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? 0);
    }
    dbTimes.push(replayed);
    serverTimes.push(server);
    wallTimes.push(wall);
    queries = distinct.size;
    lastRun.set(name, [...log]);
  }
  const line = `  ${name.padEnd(42)} ${String(queries).padStart(7)}  ${fmt(percentile(serverTimes, 50)).padStart(10)} ${fmt(percentile(serverTimes, 95)).padStart(10)}  ${fmt(percentile(dbTimes, 50)).padStart(10)} ${fmt(percentile(dbTimes, 95)).padStart(10)}  ${fmt(percentile(wallTimes, 50)).padStart(10)} ${fmt(percentile(wallTimes, 95)).padStart(10)}`;
  console.log(line);
  report.push(line);
}

// EXPLAIN every distinct statement of each page with the parameters it ran with.
const ANSWER_SEQ_SCAN = /Seq Scan on "?(PracticeAttempt|AssignmentAnswer)"?/;
const plans: string[] = [];
let seqScans = 0;
console.log("\nEXPLAIN (ANALYZE, BUFFERS) of each distinct statement:");
for (const [name, queries] of lastRun) {
  const seen = new Set<string>();
  plans.push(`==== ${name}`);
  for (const query of queries) {
    const key = `${query.text}\u0000${JSON.stringify(query.values)}`;
    if (seen.has(key) || !/^\s*(SELECT|WITH)/i.test(query.text)) continue;
    seen.add(key);
    const { rows } = await admin.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values });
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    const execution = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    const seq = ANSWER_SEQ_SCAN.test(plan);
    if (seq) seqScans += 1;
    const summary = query.text.replace(/\s+/g, " ").slice(0, 110);
    console.log(`  [${name.split(" ").slice(0, 3).join(" ")}] ${String(execution).padStart(8)} ms${seq ? "  SEQ SCAN OF AN ANSWERS TABLE" : ""}  ${summary}`);
    plans.push(`---- ${query.text.replace(/\s+/g, " ").trim()}\n-- params: ${JSON.stringify(query.values).slice(0, 300)}\n${plan}\n`);
  }
}
console.log(seqScans === 0 ? "\nNo sequential scan of PracticeAttempt or AssignmentAnswer." : `\n${seqScans} statement(s) scan an answers table sequentially.`);
if (explainFile) {
  writeFileSync(explainFile, `${report.join("\n")}\n\n${plans.join("\n")}`);
  console.log(`Plans written to ${explainFile}`);
}
await admin.end();
await db.$disconnect();
await pool.end().catch(() => {});
