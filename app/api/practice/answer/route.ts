// POST /api/practice/answer: grades a practice answer on the server. JSON in, JSON out:
// 200 { ok: true, result }, 400 malformed (no attempt counted), 401, 403 foreign origin,
// 404 unknown or foreign question, 413 too large, 503 database down. The logic lives in
// lib/server/practice/answer-practice-question.ts; this file is the HTTP edge.
import { messages } from "@/lib/i18n/messages";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale } from "@/lib/server/i18n";
import { answerPracticeQuestion } from "@/lib/server/practice/answer-practice-question";
import { isSameOrigin } from "@/lib/security/is-same-origin";
import { getOptionalUser } from "@/lib/server/session";

const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request): Promise<Response> {
  const locale = await getLocale();
  const t = messages[locale];
  const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status, headers: { "Cache-Control": "no-store" } });

  if (!isSameOrigin(request.headers, request.url)) return fail(403, t.practice.foreignOrigin);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return fail(413, t.practice.tooLarge);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return fail(413, t.practice.tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(400, t.practice.notJson);
  }

  try {
    const user = await getOptionalUser();
    const answer = await answerPracticeQuestion({ body, user, locale });
    return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fail(503, t.errors.databaseBody);
    console.error("Unexpected error grading a practice answer", error);
    return fail(500, t.errors.unexpected);
  }
}
