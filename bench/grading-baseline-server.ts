/**
 * A bench-only server (never part of the app) for `npm run bench -- grading`: POST
 * /api/practice/answer doing what the app's route does, on node:http without any framework.
 *
 *   BASELINE_DB=pg (the reference): bench/lib/plain-grading.ts, the same reads and writes as the
 *   app in plain SQL through `pg` (the session's device, the user, the question, the one
 *   statement that records the attempt). bench/grading-floor runs the same code in a Next.js
 *   route handler.
 *   BASELINE_DB=app: the app's own data layer (the device check of lib/server/devices.ts, the same
 *   Prisma user query as getOptionalUser, and lib/server/practice/grade-practice-answer.ts
 *   itself), to tell the data layer's cost from the framework's.
 *
 * Both do the rest as the app does: the origin check, size limit, JSON and zod parsing of the
 * body, the session cookie decrypted with Auth.js's own JWT decode, the question regenerated, the
 * response parsed and graded, the same result DTO as JSON. What they leave out is what Next.js
 * adds around that: routing, Next's request and response objects, the security headers.
 * Environment: PORT, DATABASE_URL, AUTH_SECRET, BASELINE_DB. Run with tsx
 * --conditions=react-server (bench/lib/processes.ts does), as "server-only" modules load only
 * under that condition outside Next.
 */
import http from "node:http";
import { decode } from "next-auth/jwt";
import { cookieValue, createPlainGrading, parseAnswerRequest, type PlainAnswer, type PlainRequest } from "./lib/plain-grading";

const PORT = Number(process.env.PORT ?? 3651);
const DATABASE_URL = process.env.DATABASE_URL!;
const AUTH_SECRET = process.env.AUTH_SECRET!;
const MODE = process.env.BASELINE_DB === "app" ? "app" : "pg";
const SESSION_COOKIE = "authjs.session-token";
const MAX_BODY_BYTES = 16 * 1024;

// Loaded only in "app" mode: lib/server/db.ts (imported by devices.ts) opens the app's Prisma client when first imported.
const answer = MODE === "pg" ? createPlainGrading({ databaseUrl: DATABASE_URL, authSecret: AUTH_SECRET }).answer : await appCodeAnswer();

async function appCodeAnswer() {
  const { checkDevice } = await import("../lib/server/devices");
  const { gradePracticeAnswer } = await import("../lib/server/practice/grade-practice-answer");
  return async (request: PlainRequest): Promise<PlainAnswer> => {
    const parsed = parseAnswerRequest(request);
    if ("status" in parsed) return parsed;
    const token = cookieValue(request.headers.get("cookie"), SESSION_COOKIE);
    const session = token ? await decode({ token, secret: AUTH_SECRET, salt: SESSION_COOKIE }).catch(() => null) : null;
    const deviceUser = typeof session?.sid === "string" ? await checkDevice(session.sid) : null;
    const user = deviceUser && deviceUser.id === session?.id ? deviceUser : null;
    if (!user) return { status: 401, body: { ok: false, message: "unauthenticated" } };
    const outcome = await gradePracticeAnswer({ userId: user.id, questionId: parsed.questionId, response: parsed.response, locale: "en" });
    if (outcome.status === "graded") return { status: 200, body: { ok: true, result: outcome.result } };
    return { status: outcome.status === "not-found" ? 404 : 400, body: { ok: false, message: outcome.status } };
  };
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return send(res, 413, { ok: false, message: "too large" });
    chunks.push(chunk as Buffer);
  }
  const { status, body } = await answer({ headers, url: `http://${req.headers.host}${req.url}`, body: Buffer.concat(chunks).toString("utf8") });
  send(res, status, body);
}

http
  .createServer((req, res) => {
    if (req.url === "/health") return send(res, 200, { ok: true, mode: MODE });
    if (req.method !== "POST" || req.url !== "/api/practice/answer") return send(res, 404, { ok: false });
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { ok: false, message: "unexpected" });
    });
  })
  .listen(PORT, "127.0.0.1", () => console.log(`grading baseline (${MODE}) on http://127.0.0.1:${PORT}`));
