// POST /api/practice/answer in the grading floor: the body read and held to the app's size limit
// as app/api/practice/answer/route.ts does, then bench/lib/plain-grading.ts (the session read
// with Auth.js's decode and a device check, the same SQL and grading as the app, in plain pg).
import { createPlainGrading } from "../../../../../lib/plain-grading";

const MAX_BODY_BYTES = 16 * 1024;
let grading: ReturnType<typeof createPlainGrading> | undefined;

export async function POST(request: Request): Promise<Response> {
  grading ??= createPlainGrading({ databaseUrl: process.env.DATABASE_URL!, authSecret: process.env.AUTH_SECRET! });
  const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status, headers: { "Cache-Control": "no-store" } });
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return fail(413, "too large");
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return fail(413, "too large");
  try {
    const answer = await grading.answer({ headers: request.headers, url: request.url, body: text });
    return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Unexpected error grading a practice answer", error);
    return fail(500, "unexpected");
  }
}
