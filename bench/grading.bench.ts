/**
 * npm run bench -- grading
 *
 * POST /api/practice/answer under load, signed in, against `next start` of the production build
 * (NEXT_DIST_DIR, default .next) and a fresh database on a real PostgreSQL (bench/lib/database.ts).
 * Every request answers a question nobody has answered yet, so each one takes the real insert
 * path (read the user, read the question, grade, INSERT ... ON CONFLICT and read back, in one
 * transaction). Half the answers are right, half are a known wrong answer.
 *
 * The same run measures the same reads and writes in plain SQL through `pg` (bench/lib/plain-grading.ts)
 * twice: in a Next.js route handler of a small app of its own (bench/grading-floor, built by this
 * bench: the framework's floor, issue 12's reference) and on node:http without any framework
 * (bench/grading-baseline-server.ts; once more there with the app's own data layer, to tell its
 * share from the framework's). It reports the app's throughput as a ratio to the floor's.
 * Aims: app / floor >= 0.8; p95 <= 50 ms at 10 connections; no errors at 50.
 *
 * Learners get their session cookies the way Auth.js makes them (its JWT encode with the app's
 * secret), one learner per connection at most, as in a class where everyone answers at once.
 *
 * Options: BENCH_SECONDS (10 per run), BENCH_CONNECTIONS ("10,50"), BENCH_USERS (50),
 * BENCH_QUESTIONS (question rows seeded; default enough for every run), BENCH_PORT (3650; the
 * others take the next three ports), BENCH_VARIANTS ("app,floor,pg,app-code"), BENCH_FLOOR_BUILD
 * (0: serve the floor's last build instead of building it again),
 * BENCH_APP_NODE_ARGS (extra node arguments for `next start`, e.g. --cpu-prof), BENCH_FLOOR (0 skips
 * the runs of a refused body, which measure the framework alone).
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { answerFor, generateQuestion, listTemplates, type QuestionResponse } from "../lib/questions";
import { hashPassword } from "../lib/server/password";
import { createBenchDatabase, describeServer } from "./lib/database";
import { markdownTable, runLoad, type LoadResult } from "./lib/load";
import { buildGradingFloor, distDir, hasBuild, type Served, startGradingFloor, startNext, startTsxServer } from "./lib/processes";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "10,50").split(",").map(Number);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3650);
const VARIANTS = (process.env.BENCH_VARIANTS ?? "app,floor,pg,app-code").split(",") as Variant[];
// A generous upper bound on what the runs can answer (no server here does 2,500 answers/s).
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 2_500 * (SECONDS * CONNECTIONS.length + WARMUP_SECONDS) * VARIANTS.length);
const PASSWORD = "bench-grading-password-7";
const SESSION_COOKIE = "authjs.session-token";

type Variant = "app" | "floor" | "pg" | "app-code";
const LABELS: Record<Variant, string> = {
  app: "app (Next.js)",
  floor: "floor: Next.js route handler + pg",
  pg: "baseline: node http + pg",
  "app-code": "baseline: node http + app data layer",
};

interface Seeded {
  id: string;
  userIndex: number;
  body: string;
}

/** Distinct questions to cycle through: a few hundred (template, seed) pairs with a right and a wrong answer each. */
function answerBank(): { templateId: string; seed: number; concept: string; right: QuestionResponse; wrong: QuestionResponse }[] {
  const templates = listTemplates();
  const bank = [];
  for (let i = 0; i < 400; i++) {
    const template = templates[i % templates.length]!;
    const seed = 10_000 + i;
    const question = generateQuestion(template.id, seed, 1);
    const right = answerFor(question);
    const wrong = question.distractors[0]?.response ?? right;
    bank.push({ templateId: template.id, seed, concept: question.concept, right, wrong });
  }
  return bank;
}

async function seed(databaseUrl: string): Promise<{ userIds: string[]; questions: Seeded[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = await hashPassword(PASSWORD);
    const userIds = Array.from({ length: USERS }, (_, i) => `bench-grading-user-${i}`);
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "locale", "passwordHash", "createdAt", "updatedAt")
       SELECT id, id || '@bench.test', 'Bench learner', 'STUDENT', 'en', $2, now(), now() FROM unnest($1::text[]) AS id`,
      [userIds, hash],
    );
    // A session is a cookie and a signed-in Device row it names (lib/server/devices.ts).
    await client.query(
      `INSERT INTO "Device" ("id", "userId", "userAgent", "createdAt", "lastSeenAt") SELECT 'device-' || id, id, 'Bench', now(), now() FROM unnest($1::text[]) AS id`,
      [userIds],
    );
    const bank = answerBank();
    const questions: Seeded[] = [];
    const BATCH = 10_000;
    for (let start = 0; start < QUESTIONS; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, QUESTIONS - start) }, (_, k) => {
        const n = start + k;
        const entry = bank[n % bank.length]!;
        return { id: `bq${n}`, userIndex: n % USERS, entry, right: n % 2 === 0 };
      });
      await client.query(
        `INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale", "createdAt")
         SELECT id, u, t, c, s, 1, 'en', now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS x(id, u, t, c, s)`,
        [
          rows.map((r) => r.id),
          rows.map((r) => userIds[r.userIndex]!),
          rows.map((r) => r.entry.templateId),
          rows.map((r) => r.entry.concept),
          rows.map((r) => r.entry.seed),
        ],
      );
      for (const row of rows) {
        questions.push({
          id: row.id,
          userIndex: row.userIndex,
          body: JSON.stringify({ questionId: row.id, response: row.right ? row.entry.right : row.entry.wrong }),
        });
      }
    }
    await client.query("ANALYZE");
    return { userIds, questions };
  } finally {
    await client.end();
  }
}

/** A session cookie as Auth.js writes it after a credentials sign-in (its JWT, encrypted with AUTH_SECRET), naming the learner's seeded device. */
async function sessionCookie(userId: string, authSecret: string): Promise<string> {
  const token = await encode({
    token: { sub: userId, id: userId, role: "STUDENT", sid: `device-${userId}`, name: "Bench learner", email: `${userId}@bench.test` },
    secret: authSecret,
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Signs in through Auth.js's API, as the app's users do; the cookie proves the minted ones are alike. */
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
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: "/" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`could not sign in ${email} (${response.status})`);
  return session;
}

async function sessionUserId(baseUrl: string, cookie: string): Promise<string | undefined> {
  const session = (await (await fetch(new URL("/api/auth/session", baseUrl), { headers: { Cookie: cookie } })).json()) as { user?: { id?: string } } | null;
  return session?.user?.id;
}

async function countAttempts(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "PracticeAttempt"`)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

export async function main() {
  if (!hasBuild()) throw new Error(`No production build in ${distDir()}: run \`npm run build\` (or NEXT_DIST_DIR=... npx next build) first.`);
  const database = await createBenchDatabase("grading");
  const served: Served[] = [];
  try {
    console.log(`Database: ${await describeServer(database.url)}`);
    console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`);
    // Other work on the machine skews every figure: the load average says how busy it was.
    const load = () =>
      loadavg()
        .map((n) => n.toFixed(1))
        .join(" ");
    console.log(`Load average before: ${load()}`);
    const seedStart = performance.now();
    const { userIds, questions } = await seed(database.url);
    console.log(`Seeded ${USERS} learners and ${questions.length} questions in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    if (VARIANTS.includes("floor")) {
      const buildStart = performance.now();
      buildGradingFloor();
      console.log(`Built the grading floor (bench/grading-floor) in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);
    }
    const authSecret = randomBytes(33).toString("base64url");
    const urls: Partial<Record<Variant, string>> = {};
    const app = await startNext({ port: PORT, databaseUrl: database.url, authSecret });
    served.push(app);
    urls.app = app.url;
    for (const [offset, mode] of (["pg", "app-code"] as const).entries()) {
      if (!VARIANTS.includes(mode)) continue;
      const server = await startTsxServer("bench/grading-baseline-server.ts", {
        port: PORT + 1 + offset,
        env: { DATABASE_URL: database.url, AUTH_SECRET: authSecret, BASELINE_DB: mode === "pg" ? "pg" : "app" },
      });
      served.push(server);
      urls[mode] = server.url;
    }
    if (VARIANTS.includes("floor")) {
      const floor = await startGradingFloor({ port: PORT + 3, databaseUrl: database.url, authSecret });
      served.push(floor);
      urls.floor = floor.url;
    }
    // One learner signs in through Auth.js; the others' cookies are made the same way, and the
    // app must read them as it reads the real one. The baselines decrypt the same cookies.
    const cookies = [await signIn(app.url, `${userIds[0]}@bench.test`), ...(await Promise.all(userIds.slice(1).map((id) => sessionCookie(id, authSecret))))];
    for (const [i, cookie] of cookies.entries()) {
      if (i > 1) break;
      if ((await sessionUserId(app.url, cookie)) !== userIds[i]) throw new Error(`the app does not read the session cookie of ${userIds[i]}`);
    }

    let cursor = 0;
    const request = (origin: string) => ({
      method: "POST",
      path: "/api/practice/answer",
      headers: { "Content-Type": "application/json", Origin: origin },
      setupRequest(req: { headers?: Record<string, string>; body?: string }) {
        const question = questions[cursor++];
        if (!question) throw new Error("Ran out of unanswered questions: raise BENCH_QUESTIONS.");
        return { ...req, body: question.body, headers: { ...req.headers, Cookie: cookies[question.userIndex]! } };
      },
    });

    const results: LoadResult[] = [];
    for (const variant of VARIANTS) {
      const url = urls[variant];
      if (url) await runLoad({ label: `${variant} warm-up`, url, connections: 10, seconds: WARMUP_SECONDS, request: request(url) });
    }
    for (const connections of CONNECTIONS) {
      for (const variant of VARIANTS) {
        const url = urls[variant];
        if (!url) continue;
        const before = await countAttempts(database.url);
        const result = await runLoad({ label: LABELS[variant], url, connections, seconds: SECONDS, request: request(url) });
        // Requests still in flight when the run stopped were answered, and stored, uncounted.
        const inserted = (await countAttempts(database.url)) - before;
        const ok = result.statuses["200"] ?? 0;
        if (inserted < ok) throw new Error(`${variant}@${connections}: ${ok} answers acknowledged but only ${inserted} attempts inserted`);
        console.log(
          `  ${LABELS[variant]} @${connections}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}, statuses ${JSON.stringify(result.statuses)}`,
        );
        results.push(result);
      }
    }

    // The framework's floor: a body that is not JSON, refused before the session, the database or
    // grading. What the app adds here is Next.js's own cost per request.
    if (process.env.BENCH_FLOOR !== "0") {
      for (const variant of (["app", "floor", "pg"] as const).filter((v) => urls[v])) {
        const url = urls[variant]!;
        const refused = await runLoad({
          label: `${LABELS[variant]}, body refused (400)`,
          url,
          connections: 10,
          seconds: Math.max(3, Math.round(SECONDS / 2)),
          request: { method: "POST", path: "/api/practice/answer", headers: { "Content-Type": "application/json", Origin: url }, body: "not json" },
        });
        console.log(
          `  ${refused.label} @10: ${refused.requestsPerSecond.toFixed(0)} req/s, p50 ${refused.p50.toFixed(1)} ms, statuses ${JSON.stringify(refused.statuses)}`,
        );
        results.push({ ...refused, errors: refused.errors - (refused.statuses["400"] ?? 0) });
      }
    }
    console.log(`Load average after: ${load()}`);
    console.log(`\n${markdownTable(results)}\n`);
    for (const connections of CONNECTIONS) {
      const of = (label: string) => results.find((r) => r.label === label && r.connections === connections);
      const app = of(LABELS.app);
      const floor = of(LABELS.floor);
      const plain = of(LABELS.pg);
      if (app && floor)
        console.log(
          `@${connections}: app / floor = ${(app.requestsPerSecond / floor.requestsPerSecond).toFixed(2)} (aim >= 0.80): app ${app.requestsPerSecond.toFixed(0)} req/s, p95 ${app.p95.toFixed(1)} ms; floor ${floor.requestsPerSecond.toFixed(0)} req/s, p95 ${floor.p95.toFixed(1)} ms`,
        );
      if (floor && plain)
        console.log(`@${connections}: floor / plain pg = ${(floor.requestsPerSecond / plain.requestsPerSecond).toFixed(2)} (Next.js's own share)`);
      const appCode = of(LABELS["app-code"]);
      if (app && plain) console.log(`@${connections}: app / plain pg = ${(app.requestsPerSecond / plain.requestsPerSecond).toFixed(2)}`);
      if (appCode && plain)
        console.log(
          `@${connections}: app data layer / plain pg = ${(appCode.requestsPerSecond / plain.requestsPerSecond).toFixed(2)} (the data layer's share)`,
        );
      if (app && appCode)
        console.log(`@${connections}: app / app data layer = ${(app.requestsPerSecond / appCode.requestsPerSecond).toFixed(2)} (Next.js and Auth.js's share)`);
      if (app && connections === 10) console.log(`@10: app p95 ${app.p95.toFixed(1)} ms (aim <= 50 ms)`);
      if (app && connections === 50) console.log(`@50: app errors ${app.errors} (aim 0)`);
    }
  } finally {
    for (const server of served.reverse()) await server.stop();
    await database.drop();
    await database.stopServer();
  }
}

await main();
