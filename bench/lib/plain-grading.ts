// The reference answer path of `npm run bench -- grading`: what POST /api/practice/answer does,
// in plain SQL through `pg`, with none of the app's framework code around it. Two bench servers
// run it, so the figures compare the same work: bench/grading-baseline-server.ts (node:http, no
// framework at all) and bench/grading-floor (a Next.js route handler: the framework's floor).
//
// The work, as the app's route does it: the origin check, JSON and zod parsing of the body, the
// session (the cookie decrypted with Auth.js's own JWT decode, then its Device row checked and
// touched as lib/server/devices.ts does, read with its user in one statement as checkDevice does), the
// question read by id and owner, regenerated, the response parsed and graded, the one statement
// that records the attempt and updates the concept rollup (lib/server/practice/
// grade-practice-answer.ts: keep the two in step), and the same result DTO. Bench-only: never
// imported by the app.
import { randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import pg from "pg";
import { grade, parseResponse } from "../../lib/questions";
import { MASTERY_WINDOW as ROLLUP_WINDOW } from "../../lib/mastery/mastery";
import { answerRequestSchema } from "../../lib/schemas/practice";
import { isSameOrigin } from "../../lib/security/is-same-origin";
import { regenerateQuestion } from "../../lib/server/practice/regenerate-question";
import { timeTakenMs } from "../../lib/server/practice/time-taken";
import { toResultDto } from "../../lib/server/practice/to-result-dto";

const SESSION_COOKIE = "authjs.session-token";
const DAY = 24 * 60 * 60 * 1000;
// lib/server/devices.ts: DEVICE_IDLE_MS, DEVICE_MAX_AGE_MS, and how often lastSeenAt is written.
const DEVICE_IDLE_MS = 14 * DAY;
const DEVICE_MAX_AGE_MS = 30 * DAY;
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface PlainAnswer {
  status: number;
  body: unknown;
}

interface StoredQuestion {
  id: string;
  templateId: string;
  seed: number;
  difficulty: number;
  createdAt: Date;
}

export interface PlainRequest {
  headers: Headers;
  url: string;
  body: string;
}

/** The origin check and the body's JSON and zod parsing, as the app's route does them; or the refusal. */
export function parseAnswerRequest(request: PlainRequest): { questionId: string; response: unknown } | PlainAnswer {
  if (!isSameOrigin(request.headers, request.url)) return { status: 403, body: { ok: false, message: "foreign origin" } };
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return { status: 400, body: { ok: false, message: "not json" } };
  }
  const parsed = answerRequestSchema.safeParse(body);
  if (!parsed.success || !parsed.data.questionId) return { status: 400, body: { ok: false, message: "bad request" } };
  return { questionId: parsed.data.questionId, response: parsed.data.response };
}

export function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** The session's user: the cookie decrypted with Auth.js's decode, its device live and the user's, read with it in one statement (as checkDevice does). */
export async function plainSessionUser(
  pool: pg.Pool,
  cookieHeader: string | null,
  authSecret: string,
): Promise<{ id: string; name: string; email: string; role: string; locale: string } | null> {
  const token = cookieValue(cookieHeader, SESSION_COOKIE);
  const session = token ? await decode({ token, secret: authSecret, salt: SESSION_COOKIE }).catch(() => null) : null;
  if (typeof session?.id !== "string" || typeof session.sid !== "string") return null;
  const { rows } = await pool.query<{
    id: string;
    name: string;
    email: string;
    role: string;
    locale: string;
    createdAt: Date;
    lastSeenAt: Date;
    revokedAt: Date | null;
  }>(
    `SELECT d."createdAt", d."lastSeenAt", d."revokedAt", u."id", u."name", u."email", u."role"::text AS "role", u."locale"
     FROM "Device" d JOIN "User" u ON u."id" = d."userId" WHERE d."id" = $1`,
    [session.sid],
  );
  const row = rows[0];
  const now = Date.now();
  if (!row || row.revokedAt || now - row.lastSeenAt.getTime() >= DEVICE_IDLE_MS || now - row.createdAt.getTime() >= DEVICE_MAX_AGE_MS) return null;
  if (row.id !== session.id) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await pool.query(`UPDATE "Device" SET "lastSeenAt" = $2 WHERE "id" = $1 AND "revokedAt" IS NULL AND "lastSeenAt" = $3`, [
      session.sid,
      new Date(now),
      row.lastSeenAt,
    ]);
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale };
}

/** The whole answer path over a pg pool as large as the one @prisma/adapter-pg opens (pg's default, 10). */
export function createPlainGrading(options: { databaseUrl: string; authSecret: string }) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });

  async function recordAttempt(a: {
    questionId: string;
    userId: string;
    templateId: string;
    concept: string;
    difficulty: number;
    response: unknown;
    correct: boolean;
    misconception: string | null;
    timeTakenMs: number;
  }): Promise<{ response: unknown; timeTakenMs: number }> {
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
    // A submit that lost the race reads the recorded attempt.
    const earlier = await pool.query(`SELECT "response", "timeTakenMs" FROM "PracticeAttempt" WHERE "questionId" = $1`, [a.questionId]);
    return earlier.rows[0];
  }

  /** Answers one request whose body has been read (and held to the size limit) by the caller. */
  async function answer(request: PlainRequest): Promise<PlainAnswer> {
    const parsed = parseAnswerRequest(request);
    if ("status" in parsed) return parsed;

    const user = await plainSessionUser(pool, request.headers.get("cookie"), options.authSecret);
    if (!user) return { status: 401, body: { ok: false, message: "unauthenticated" } };

    const { rows: questions } = await pool.query<StoredQuestion>(
      `SELECT "id", "templateId", "seed", "difficulty", "createdAt" FROM "PracticeQuestion" WHERE "id" = $1 AND "userId" = $2 LIMIT 1`,
      [parsed.questionId, user.id],
    );
    const stored = questions[0];
    const question = stored ? regenerateQuestion(stored.templateId, stored.seed, stored.difficulty) : null;
    if (!stored || !question) return { status: 404, body: { ok: false, message: "not found" } };
    const response = parseResponse(question, parsed.response);
    if (!response.ok) return { status: 400, body: { ok: false, message: response.message } };
    const verdict = grade(question, response.response, "en");
    const attempt = await recordAttempt({
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
    return {
      status: 200,
      body: {
        ok: true,
        result: toResultDto(question, recorded.ok ? recorded.response : response.response, "en", { timeTakenMs: attempt.timeTakenMs, recorded: true }),
      },
    };
  }

  return { answer, pool };
}
