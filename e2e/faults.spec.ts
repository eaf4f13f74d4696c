// Faults and scale-out, against the production build:
//  1. PostgreSQL restarted in the middle of a stream of answers: requests during the outage get a
//     clear 503 "try again" (JSON, no stack trace), the app recovers by itself, and every answer it
//     acknowledged is in the database. The database is an embedded PostgreSQL of this spec's own,
//     on a port of its own, so stopping it disturbs no other spec.
//  2. Two app instances behind one database serve the same users: a session made on one works on
//     the other, and sign-in throttling counts failures from both.
import fc from "fast-check";
import pg from "pg";
import { answerFor, generateQuestion, listTemplates } from "../lib/questions";
import { hashPassword } from "../lib/server/password";
import { createPrismaClient } from "../lib/server/prisma-client";
import { createDatabase, dropDatabase } from "../scripts/db/admin";
import { startEmbeddedPostgres, type RunningServer } from "../scripts/db/embedded-postgres";
import { applyMigrations } from "../scripts/db/migrations";
import { expect, test } from "./fixtures";
import { type AppInstance, createSpecDatabase, freePort, newAuthSecret, startAppInstance } from "./support/app-instance";
import { callServerAction, findServerAction } from "./support/server-actions";

const PASSWORD = "faults-password-not-common-5";
const DATABASE_MESSAGE = "Handshake can't connect to its database right now";
const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\.next\/server/;

/** Signs in through Auth.js's API on `baseUrl`; returns the session cookie ("name=value"). */
async function signInCookie(baseUrl: string, email: string, password: string, address = "10.77.0.1"): Promise<string | null> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, "X-Forwarded-For": address },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  return (
    response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.includes("session-token")) ?? null
  );
}

/** Questions with their right answers, stored for one learner in bulk. */
async function seedQuestions(databaseUrl: string, userId: string, count: number) {
  const templates = listTemplates().filter((t) => t.kind === "state" || t.kind === "number" || t.kind === "choice");
  const rows = Array.from({ length: count }, (_, i) => {
    const templateId = templates[i % templates.length]!.id;
    const seed = 5_000_000 + i;
    const question = generateQuestion(templateId, seed, 1);
    return { id: `fault-q-${i}`, templateId, seed, concept: question.concept, answer: answerFor(question) };
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale", "createdAt")
       SELECT id, $1, t, c, s, 1, 'en', now() FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS x(id, t, c, s)`,
      [userId, rows.map((r) => r.id), rows.map((r) => r.templateId), rows.map((r) => r.concept), rows.map((r) => r.seed)],
    );
  } finally {
    await client.end();
  }
  return rows;
}

interface Reply {
  questionId: string;
  status: number;
  body: string;
  sentAt: number;
  doneAt: number;
}

test.describe("PostgreSQL restarted under load", () => {
  test.describe.configure({ timeout: 180_000 });

  test("answers during the outage get 503 with a message, the app recovers by itself, and every acknowledged answer is stored", async () => {
    const port = await freePort();
    let server: RunningServer | null = await startEmbeddedPostgres({ name: "postgres-faults", port });
    const serverUrl = server.url;
    const name = `handshake_faults_${process.pid}_${Date.now()}`;
    let app: AppInstance | null = null;
    try {
      const databaseUrl = await createDatabase(serverUrl, name);
      await applyMigrations(databaseUrl);
      const db = createPrismaClient(databaseUrl);
      const user = await db.user.create({
        data: { email: "faults@e2e.test", name: "Fault Learner", role: "STUDENT", passwordHash: await hashPassword(PASSWORD) },
        select: { id: true },
      });
      await db.$disconnect();
      const questions = await seedQuestions(databaseUrl, user.id, 3000);

      app = await startAppInstance({ databaseUrl, authSecret: newAuthSecret() });
      const baseUrl = app.url;
      const cookie = await signInCookie(baseUrl, "faults@e2e.test", PASSWORD);
      expect(cookie).not.toBeNull();

      // Four clients answer fresh questions one after another until told to stop.
      const replies: Reply[] = [];
      let next = 0;
      let running = true;
      const client = async () => {
        while (running && next < questions.length) {
          const question = questions[next++]!;
          const sentAt = Date.now();
          try {
            const response = await fetch(new URL("/api/practice/answer", baseUrl), {
              method: "POST",
              headers: { "Content-Type": "application/json", Cookie: cookie!, Origin: baseUrl },
              body: JSON.stringify({ questionId: question.id, response: question.answer }),
              signal: AbortSignal.timeout(20_000),
            });
            replies.push({ questionId: question.id, status: response.status, body: await response.text(), sentAt, doneAt: Date.now() });
          } catch (error) {
            replies.push({ questionId: question.id, status: 0, body: String(error), sentAt, doneAt: Date.now() });
          }
          // A learner does not answer in a tight loop; this also keeps the run light on two cores.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const load = Promise.all([client(), client(), client(), client()]);
      const okSince = (time: number) => replies.filter((r) => r.status === 200 && r.sentAt >= time).length;
      const waitFor = async (condition: () => boolean, what: string, ms = 30_000) => {
        const deadline = Date.now() + ms;
        while (!condition()) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };

      await waitFor(() => okSince(0) >= 40, "answers before the outage");
      const stoppedAt = Date.now();
      await server.stop();
      server = null;
      const downAt = Date.now();
      // A page rendered during the outage explains it instead of failing.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const page = await fetch(new URL("/practice", baseUrl), { headers: { Cookie: cookie! } });
      const pageText = await page.text();
      expect(pageText).toContain(DATABASE_MESSAGE.replace("'", "&#x27;"));
      expect(STACK_TRACE.test(pageText)).toBe(false);
      // Down for at least three seconds, long enough for every client to hit the outage many times.
      await waitFor(() => Date.now() - downAt >= 3000 && replies.filter((r) => r.sentAt > downAt && r.status === 503).length >= 20, "503s during the outage");
      const restartedAt = Date.now();
      server = await startEmbeddedPostgres({ name: "postgres-faults", port });
      await waitFor(() => okSince(restartedAt) >= 40, "answers after the restart", 60_000);
      running = false;
      await load;
      expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/);

      // What the clients saw.
      const during = replies.filter((r) => r.sentAt > downAt && r.doneAt < restartedAt);
      expect(during.length).toBeGreaterThan(0);
      for (const reply of during) {
        expect(reply.status, reply.body).toBe(503);
        expect(JSON.parse(reply.body)).toEqual({ ok: false, message: expect.stringContaining(DATABASE_MESSAGE) });
      }
      for (const reply of replies) {
        expect([200, 503], `${reply.questionId}: ${reply.status} ${reply.body.slice(0, 300)}`).toContain(reply.status);
        expect(STACK_TRACE.test(reply.body), reply.body.slice(0, 500)).toBe(false);
      }
      const firstOkAfter = Math.min(...replies.filter((r) => r.status === 200 && r.sentAt >= restartedAt).map((r) => r.doneAt));
      test.info().annotations.push({
        type: "outage",
        description: `${replies.length} answers: ${replies.filter((r) => r.status === 200).length} acknowledged, ${replies.filter((r) => r.status === 503).length} refused with 503; database down ${restartedAt - stoppedAt} ms, first answer acknowledged ${firstOkAfter - restartedAt} ms after it was back`,
      });

      // Every acknowledged answer was stored, with the answer that was sent.
      const acknowledged = new Set(replies.filter((r) => r.status === 200).map((r) => r.questionId));
      const check = new pg.Client({ connectionString: databaseUrl });
      await check.connect();
      try {
        const { rows } = await check.query<{ questionId: string; correct: boolean }>(`SELECT "questionId", "correct" FROM "PracticeAttempt"`);
        const stored = new Map(rows.map((row) => [row.questionId, row.correct]));
        const missing = [...acknowledged].filter((id) => !stored.has(id));
        expect(missing, "acknowledged but not stored").toEqual([]);
        for (const id of acknowledged) expect(stored.get(id), id).toBe(true);
        // Nothing was stored twice, and nothing was stored that was never sent.
        expect(rows.length).toBe(stored.size);
        expect(rows.every((row) => replies.some((r) => r.questionId === row.questionId))).toBe(true);
      } finally {
        await check.end();
      }
    } finally {
      if (app) await test.info().attach("next start output", { body: app.output(), contentType: "text/plain" });
      await app?.stop();
      server ??= await startEmbeddedPostgres({ name: "postgres-faults", port }).catch(() => null);
      await dropDatabase(serverUrl, name).catch(() => {});
      await server?.stop();
    }
  });
});

test.describe("two app instances behind one database", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let database: Awaited<ReturnType<typeof createSpecDatabase>>;
  let first: AppInstance;
  let second: AppInstance;

  test.beforeAll(async () => {
    database = await createSpecDatabase("instances");
    // One secret for both, as production would configure them.
    const authSecret = newAuthSecret();
    [first, second] = await Promise.all([
      startAppInstance({ databaseUrl: database.url, authSecret }),
      startAppInstance({ databaseUrl: database.url, authSecret }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  async function createUser(name: string) {
    const db = createPrismaClient(database.url);
    try {
      const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${crypto.randomUUID()}@e2e.test`;
      const user = await db.user.create({ data: { email, name, role: "STUDENT", passwordHash: await hashPassword(PASSWORD) }, select: { id: true } });
      return { id: user.id, email, name };
    } finally {
      await db.$disconnect();
    }
  }

  test("a session made on one instance works on the other, for pages, the session API and answers", async () => {
    const user = await createUser("Two Instances");
    const cookie = await signInCookie(first.url, user.email, PASSWORD);
    expect(cookie).not.toBeNull();

    const session = (await (await fetch(new URL("/api/auth/session", second.url), { headers: { Cookie: cookie! } })).json()) as {
      user?: { id?: string; name?: string };
    };
    expect(session.user).toMatchObject({ id: user.id, name: "Two Instances" });
    const home = await (await fetch(new URL("/", second.url), { headers: { Cookie: cookie! } })).text();
    expect(home).toContain("Welcome back, Two Instances.");

    // A question made on the first instance is answered on the second, and seen answered on the first.
    const db = createPrismaClient(database.url);
    try {
      const question = generateQuestion("handshake-state-after-step", 424_242, 1);
      const row = await db.practiceQuestion.create({
        data: { userId: user.id, templateId: question.template, concept: question.concept, seed: question.seed, difficulty: 1, locale: "en" },
        select: { id: true },
      });
      const answer = await fetch(new URL("/api/practice/answer", second.url), {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie!, Origin: second.url },
        body: JSON.stringify({ questionId: row.id, response: answerFor(question) }),
      });
      expect(answer.status).toBe(200);
      const again = await fetch(new URL("/api/practice/answer", first.url), {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie!, Origin: first.url },
        body: JSON.stringify({ questionId: row.id, response: { kind: "state", state: "CLOSED" } }),
      });
      expect(again.status).toBe(200);
      // The first instance reports the answer recorded through the second.
      expect(((await again.json()) as { result: { correct: boolean } }).result.correct).toBe(true);
      expect(await db.practiceAttempt.count({ where: { questionId: row.id } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  test("failures on either instance count toward one pause, which then holds on both", async ({ request }) => {
    const user = await createUser("Throttled");
    const signIn = findServerAction("signInAction");
    const address = `10.78.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const attempt = async (instance: AppInstance, password: string) => {
      const call = await callServerAction(request, instance.url, signIn, [{ email: user.email, password, next: "/" }], { "X-Forwarded-For": address });
      return {
        message: (call.result as { message?: string } | undefined)?.message ?? "",
        signedIn: call.response.headers()["set-cookie"]?.includes("session-token") ?? false,
      };
    };
    const instances = [first, second];
    // Five failures, alternating instances: the fifth pauses the account (for strangers: this
    // address and browser never signed in to it).
    for (let failure = 1; failure <= 4; failure++) {
      expect((await attempt(instances[failure % 2]!, `wrong-password-${failure}`)).message).toContain("incorrect");
    }
    expect((await attempt(instances[1]!, "wrong-password-5")).message).toContain("Too many failed sign-in attempts");
    // The right password is refused on both instances now.
    for (const instance of instances) {
      const result = await attempt(instance, PASSWORD);
      expect(result.message, instance.url).toContain("Too many failed sign-in attempts");
      expect(result.signedIn).toBe(false);
    }
    expect(await signInCookie(first.url, user.email, PASSWORD, address)).toBeNull();
    expect(await signInCookie(second.url, user.email, PASSWORD, address)).toBeNull();
  });

  test("one address guessing at many accounts is stopped on both instances after 30 failures", async ({ request }) => {
    test.setTimeout(120_000);
    const signIn = findServerAction("signInAction");
    const address = `10.79.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const victim = await createUser("Address Victim");
    const failuresBeforeLock = 30;
    // Different (unknown) accounts each time, so no account lock gets in the way: only the address counts.
    const emails = fc.sample(fc.uuid(), failuresBeforeLock).map((id) => `guess-${id}@e2e.test`);
    for (const [i, email] of emails.entries()) {
      const instance = i % 2 === 0 ? first : second;
      const call = await callServerAction(request, instance.url, signIn, [{ email, password: "guessing-1234", next: "/" }], { "X-Forwarded-For": address });
      const message = (call.result as { message?: string } | undefined)?.message ?? "";
      expect(message, `failure ${i + 1}`).toMatch(i + 1 < failuresBeforeLock ? /incorrect/ : /Too many failed sign-in attempts/);
    }
    // Even a real account with its right password, from that address, on either instance.
    expect(await signInCookie(first.url, victim.email, PASSWORD, address)).toBeNull();
    expect(await signInCookie(second.url, victim.email, PASSWORD, address)).toBeNull();
    // From another address the account is fine: the lock is the address's, not the account's.
    expect(await signInCookie(second.url, victim.email, PASSWORD, "10.80.0.1")).not.toBeNull();
  });
});
