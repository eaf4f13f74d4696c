/**
 * A bench-only server (never part of the app) for `npm run bench -- grading`: POST
 * /api/practice/answer doing what the app's route does, minus Next.js.
 *
 *   BASELINE_DB=pg (the reference): the same reads and writes as the app, in plain SQL through
 *   `pg`: the user read by id (as getOptionalUser does), the question read by id and owner, then
 *   the one statement that inserts the attempt unless there is one, updates the concept rollup
 *   for an inserted row and returns it (and, for a submit that lost a race, a read of the
 *   recorded attempt). Keep it in step with lib/server/practice/grade-practice-answer.ts.
 *   BASELINE_DB=app: the app's own data layer (the same Prisma user query as getOptionalUser, and
 *   lib/server/practice/grade-practice-answer.ts itself), to tell the data layer's cost from the
 *   framework's.
 *
 * Both do the rest as the app does: the origin check, size limit, JSON and zod parsing of the
 * body, the session cookie decrypted with Auth.js's own JWT decode, the question regenerated, the
 * response parsed and graded, the same result DTO as JSON. What they leave out is what Next.js and
 * Auth.js add around that: routing, Next's request and response objects, Auth.js's full session
 * handling inside auth() (which also re-encrypts the session token and makes a CSRF token), the
 * security headers. Environment: PORT, DATABASE_URL, AUTH_SECRET, BASELINE_DB. Run with
 * tsx --conditions=react-server (bench/lib/processes.ts does), as "server-only" modules load only
 * under that condition outside Next.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { decode } from "next-auth/jwt";
import pg from "pg";
import { grade, parseResponse } from "../lib/questions";
import { answerRequestSchema } from "../lib/schemas/practice";
import { MASTERY_WINDOW as ROLLUP_WINDOW } from "../lib/mastery/mastery";
import { isSameOrigin } from "../lib/security/is-same-origin";
import { regenerateQuestion } from "../lib/server/practice/regenerate-question";
import { timeTakenMs } from "../lib/server/practice/time-taken";
import { toResultDto } from "../lib/server/practice/to-result-dto";

const PORT = Number(process.env.PORT ?? 3651);
const DATABASE_URL = process.env.DATABASE_URL!;
const AUTH_SECRET = process.env.AUTH_SECRET!;
const MODE = process.env.BASELINE_DB === "app" ? "app" : "pg";
const SESSION_COOKIE = "authjs.session-token";
const MAX_BODY_BYTES = 16 * 1024;

interface StoredQuestion {
  id: string;
  templateId: string;
  seed: number;
  difficulty: number;
  createdAt: Date;
}

interface Attempt {
  questionId: string;
  userId: string;
  templateId: string;
  concept: string;
  difficulty: number;
  response: unknown;
  correct: boolean;
  misconception: string | null;
  timeTakenMs: number;
}

interface Store {
  findUser(id: string): Promise<{ id: string } | null>;
  findQuestion(id: string, userId: string): Promise<StoredQuestion | null>;
  /** Inserts unless the question has an attempt; returns the recorded attempt either way. */
  recordAttempt(attempt: Attempt): Promise<{ response: unknown; timeTakenMs: number }>;
}

// A pool as large as the one @prisma/adapter-pg opens by default (pg's default, 10).
function pgStore(): Store {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
  return {
    async findUser(id) {
      const { rows } = await pool.query(`SELECT "id", "name", "email", "role", "locale" FROM "User" WHERE "id" = $1 LIMIT 1`, [id]);
      return rows[0] ?? null;
    },
    async findQuestion(id, userId) {
      const { rows } = await pool.query<StoredQuestion>(
        `SELECT "id", "templateId", "seed", "difficulty", "createdAt" FROM "PracticeQuestion" WHERE "id" = $1 AND "userId" = $2 LIMIT 1`,
        [id, userId],
      );
      return rows[0] ?? null;
    },
    // The statement lib/server/practice/grade-practice-answer.ts sends, as plain SQL.
    async recordAttempt(a) {
      const { rows } = await pool.query(
        `WITH inserted AS (
           INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
           VALUES ($1, $2, $3, $4, $5, $6::int, $7::jsonb, $8, $9::text, $10::int, to_timestamp($11::float8 / 1000) AT TIME ZONE 'UTC')
           ON CONFLICT ("questionId") DO NOTHING
           RETURNING "userId", "concept", "correct", "response", "timeTakenMs", "createdAt"
         ), rolled_up AS (
           INSERT INTO "ConceptRollup" AS r ("userId", "concept", "attempts", "correct", "recentBits", "recentCount", "lastAnsweredAt")
           SELECT s."userId", s."concept", 1, s."correct", s."correct", 1, s."createdAt" FROM (SELECT "userId", "concept", "correct"::int AS "correct", "createdAt" FROM inserted) AS s
           ON CONFLICT ("userId", "concept") DO UPDATE SET
             "attempts" = r."attempts" + 1,
             "correct" = r."correct" + EXCLUDED."correct",
             "recentBits" = ((r."recentBits" << 1) | EXCLUDED."recentBits") & $12,
             "recentCount" = least(r."recentCount" + 1, $13),
             "lastAnsweredAt" = greatest(r."lastAnsweredAt", EXCLUDED."lastAnsweredAt")
         )
         SELECT "response", "timeTakenMs" FROM inserted`,
        [
          `c${randomUUID()}`,
          a.questionId,
          a.userId,
          a.templateId,
          a.concept,
          a.difficulty,
          JSON.stringify(a.response),
          a.correct,
          a.misconception,
          a.timeTakenMs,
          Date.now(),
          2 ** ROLLUP_WINDOW - 1,
          ROLLUP_WINDOW,
        ],
      );
      if (rows[0]) return rows[0];
      const earlier = await pool.query(`SELECT "response", "timeTakenMs" FROM "PracticeAttempt" WHERE "questionId" = $1`, [a.questionId]);
      return earlier.rows[0];
    },
  };
}

const store = MODE === "pg" ? pgStore() : null;
// Loaded only in "app" mode: lib/server/db.ts opens the app's Prisma client when first imported.
const appCode = MODE === "app" ? await loadAppCode() : null;

async function loadAppCode() {
  const { db } = await import("../lib/server/db");
  const { gradePracticeAnswer } = await import("../lib/server/practice/grade-practice-answer");
  return {
    findUser: (id: string) => db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, locale: true } }),
    gradePracticeAnswer,
  };
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse) {
  const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
  if (!isSameOrigin(headers, `http://${req.headers.host}${req.url}`)) return send(res, 403, { ok: false, message: "foreign origin" });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return send(res, 413, { ok: false, message: "too large" });
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(res, 400, { ok: false, message: "not json" });
  }
  const parsed = answerRequestSchema.safeParse(body);
  if (!parsed.success || !parsed.data.questionId) return send(res, 400, { ok: false, message: "bad request" });

  const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
  const session = token ? await decode({ token, secret: AUTH_SECRET, salt: SESSION_COOKIE }).catch(() => null) : null;
  const userId = typeof session?.id === "string" ? session.id : null;
  const user = userId ? await (appCode ?? store!).findUser(userId) : null;
  if (!user) return send(res, 401, { ok: false, message: "unauthenticated" });

  if (appCode) {
    const outcome = await appCode.gradePracticeAnswer({ userId: user.id, questionId: parsed.data.questionId, response: parsed.data.response, locale: "en" });
    if (outcome.status === "graded") return send(res, 200, { ok: true, result: outcome.result });
    return send(res, outcome.status === "not-found" ? 404 : 400, { ok: false, message: outcome.status });
  }
  const store_ = store!;

  const stored = await store_.findQuestion(parsed.data.questionId, user.id);
  if (!stored) return send(res, 404, { ok: false, message: "not found" });
  const question = regenerateQuestion(stored.templateId, stored.seed, stored.difficulty);
  if (!question) return send(res, 404, { ok: false, message: "not found" });
  const response = parseResponse(question, parsed.data.response);
  if (!response.ok) return send(res, 400, { ok: false, message: response.message });
  const verdict = grade(question, response.response, "en");
  const attempt = await store_.recordAttempt({
    questionId: stored.id,
    userId: user.id,
    templateId: stored.templateId,
    concept: question.concept,
    difficulty: stored.difficulty,
    response: response.response,
    correct: verdict.correct,
    misconception: verdict.misconception?.id ?? null,
    timeTakenMs: timeTakenMs(stored.createdAt, new Date()),
  });
  const recorded = parseResponse(question, attempt.response);
  send(res, 200, {
    ok: true,
    result: toResultDto(question, recorded.ok ? recorded.response : response.response, "en", { timeTakenMs: attempt.timeTakenMs, recorded: true }),
  });
}

http
  .createServer((req, res) => {
    if (req.url === "/health") return send(res, 200, { ok: true, mode: MODE });
    if (req.method !== "POST" || req.url !== "/api/practice/answer") return send(res, 404, { ok: false });
    answer(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { ok: false, message: "unexpected" });
    });
  })
  .listen(PORT, "127.0.0.1", () => console.log(`grading baseline (${MODE}) on http://127.0.0.1:${PORT}`));
