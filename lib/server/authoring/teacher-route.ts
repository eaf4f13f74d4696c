// The frame of the bank's route handlers: 401 signed out, 404 for anyone but a teacher and for
// what is not theirs (the same answer as an unknown id), 400 for a mangled query, 503 when the
// database is down; the handler itself checks ownership in its reads.
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { isDatabaseUnavailable } from "../errors";
import { getLocale } from "../i18n";
import { getOptionalUser, type SessionUser } from "../session";

export type RouteFail = (status: 400 | 404, message?: string) => Response;

export async function teacherRoute(handler: (context: { user: SessionUser; locale: Locale; fail: RouteFail }) => Promise<Response>): Promise<Response> {
  const locale = await getLocale();
  const t = messages[locale];
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const fail: RouteFail = (status, message) => text(status, message ?? (status === 404 ? t.teach.notFoundBody : t.authoring.badExportQuery));
  try {
    const user = await getOptionalUser();
    if (!user) return text(401, t.errors.unauthenticated);
    if (user.role !== "TEACHER") return fail(404);
    return await handler({ user, locale, fail });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return text(503, t.errors.databaseBody);
    console.error("Unexpected error in a question bank route", error);
    return text(500, t.errors.unexpected);
  }
}
