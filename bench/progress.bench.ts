/**
 * npx tsx --conditions=react-server bench/progress.bench.ts
 *
 * How fast the progress page is for a learner with 100,000 practice attempts. In a fresh database
 * (on the server DATABASE_URL names, else an embedded PostgreSQL) it seeds such a learner in bulk,
 * then measures:
 *   1. the page's data functions (the same loaders the widgets call, minus the session), cold and
 *      warm, one after another and all at once as the page runs them;
 *   2. GET /progress over HTTP, signed in, against `next start` of a production build (the build
 *      in NEXT_DIST_DIR, default .next; skipped with BENCH_HTTP=0 or when there is no build).
 * The database is dropped at the end. Options: BENCH_ATTEMPTS (100000), BENCH_DAYS (180),
 * BENCH_PORT (3401), BENCH_RUNS (5).
 * (--conditions=react-server lets the "server-only" modules load outside Next, as they do in it.)
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import { startNextServer } from "../scripts/next-server";
import { createTestDatabase, openTestServer } from "../scripts/test/test-database";
import { hashPassword } from "../lib/server/password";
import { listTemplates } from "../lib/questions";
import { seedHeavyLearner } from "./progress-seed";

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 100_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 180);
const PORT = Number(process.env.BENCH_PORT ?? 3401);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const PASSWORD = "bench-password-not-common-9";
const USER_ID = "bench-progress-learner";
const EMAIL = "bench-progress@bench.test";

const ms = (start: number) => performance.now() - start;
const fmt = (n: number) => `${n.toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeDataFunctions() {
  // Loaded only now: lib/server/env.ts reads DATABASE_URL when it is first imported.
  const { loadProgressOverview } = await import("../lib/server/progress/load-progress-overview");
  const { loadConceptMasteries } = await import("../lib/server/progress/load-concept-masteries");
  const { loadMasteryMap } = await import("../lib/server/progress/load-mastery-map");
  const { loadAccuracyTrend } = await import("../lib/server/progress/load-accuracy-trend");
  const { loadActivityCalendar } = await import("../lib/server/progress/load-activity-calendar");
  const { loadFlashcardsDue } = await import("../lib/server/progress/load-flashcards-due");
  const { loadRecentMistakes } = await import("../lib/server/progress/load-recent-mistakes");
  const { queryDailyAnswers } = await import("../lib/server/progress/queries");
  const { viewerFor } = await import("../lib/progress/viewer");
  const { db } = await import("../lib/server/db");
  const viewer = viewerFor(USER_ID, "en", "Asia/Shanghai");
  await db.$queryRaw`SELECT 1`; // open the pool

  // Outside a request React's cache() does not share, so the daily query runs once per widget here.
  const loaders = {
    "daily answers (shared query)": () => queryDailyAnswers(viewer.userId, viewer.timeZone, viewer.today),
    overview: () => loadProgressOverview(viewer),
    "concept mastery": () => loadConceptMasteries(viewer),
    "mastery map": () => loadMasteryMap(viewer),
    "accuracy trend": () => loadAccuracyTrend(viewer),
    calendar: () => loadActivityCalendar(viewer),
    "flashcards due": () => loadFlashcardsDue(viewer),
    "recent mistakes": () => loadRecentMistakes(viewer),
  };
  console.log("\nData functions (learner with %d attempts), one at a time:", ATTEMPTS);
  for (const [name, load] of Object.entries(loaders)) {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const start = performance.now();
      await load();
      times.push(ms(start));
    }
    console.log(`  ${name.padEnd(30)} first ${fmt(times[0]!).padStart(10)}   median of next ${RUNS} ${fmt(median(times.slice(1))).padStart(10)}`);
  }
  const totals: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await Promise.all([
      loaders.overview(),
      loaders["concept mastery"](),
      loaders["mastery map"](),
      loaders["accuracy trend"](),
      loaders.calendar(),
      loaders["flashcards due"](),
      loaders["recent mistakes"](),
    ]);
    totals.push(ms(start));
  }
  console.log(`  ${"all widgets at once (as the page)".padEnd(30)} median of ${RUNS} ${fmt(median(totals))}`);
  await db.$disconnect();
}

function cookieHeader(jar: Map<string, string>) {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

function remember(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

async function timeHttp(databaseUrl: string) {
  if (process.env.BENCH_HTTP === "0") return;
  if (!existsSync(path.join(PROJECT_ROOT, DIST_DIR, "BUILD_ID"))) {
    console.log(`\nHTTP: skipped, no production build in ${DIST_DIR} (run NEXT_DIST_DIR=${DIST_DIR} npx next build first).`);
    return;
  }
  const base = `http://127.0.0.1:${PORT}`;
  const next = await startNextServer({
    port: PORT,
    databaseUrl,
    authSecret: randomBytes(33).toString("base64url"),
    env: { NEXT_DIST_DIR: DIST_DIR },
    onStderr: (chunk) => process.stderr.write(chunk),
  });
  try {
    const jar = new Map<string, string>();
    const csrf = await fetch(`${base}/api/auth/csrf`);
    remember(jar, csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
      body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: "/" }),
    });
    remember(jar, signIn);
    jar.set("hs-tz", "Asia%2FShanghai");
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const start = performance.now();
      const response = await fetch(`${base}/progress`, { headers: { cookie: cookieHeader(jar) }, redirect: "manual" });
      const body = await response.text(); // the whole streamed page, every widget included
      times.push(ms(start));
      if (response.status !== 200 || !body.includes("Mastery map")) throw new Error(`GET /progress answered ${response.status} without the page (signed in?)`);
    }
    console.log(`\nHTTP GET /progress, signed in, whole streamed body: first ${fmt(times[0]!)}, median of next ${RUNS} ${fmt(median(times.slice(1)))}`);
  } finally {
    await next.stop();
  }
}

const server = await openTestServer((line) => console.log(line));
const database = await createTestDatabase(server.url, "bench");
try {
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ||= randomBytes(33).toString("base64url");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const templates = listTemplates().map((t) => ({ id: t.id, concept: t.concept }));
  const start = performance.now();
  await seedHeavyLearner(client, { userId: USER_ID, email: EMAIL, passwordHash: await hashPassword(PASSWORD), attempts: ATTEMPTS, days: DAYS, templates });
  // A second learner of the same size, so that every query has to pick out its user's rows.
  await seedHeavyLearner(client, { userId: `${USER_ID}-other`, email: `other-${EMAIL}`, passwordHash: "unused", attempts: ATTEMPTS, days: DAYS, templates });
  console.log(`Seeded 2 learners x ${ATTEMPTS} attempts over ${DAYS} days and ${templates.length} templates in ${fmt(ms(start))}`);
  await client.end();
  await timeDataFunctions();
  await timeHttp(database.url);
} finally {
  await database.drop();
  await server.stop();
}
