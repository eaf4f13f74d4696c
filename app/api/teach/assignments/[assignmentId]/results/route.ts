// GET /api/teach/assignments/:id/results: the results table as CSV, for the assignment's teacher
// only (401 signed out, 404 for anyone else, the same as for an unknown id). Cells are escaped
// against formula injection (lib/teach/csv.ts); times are in the teacher's zone (the hs-tz cookie,
// which the results page sets), each question has a column (1 right, 0 wrong, empty unanswered),
// and a column counts the hints used (the table: lib/teach/results-csv.ts).
import { messages } from "@/lib/i18n/messages";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";
import { getAssignmentResults } from "@/lib/server/teach/get-assignment-results";
import { getTimeZone } from "@/lib/server/progress/time-zone";
import { toCsv } from "@/lib/teach/csv";
import { csvContentDisposition, resultsCsvTable } from "@/lib/teach/results-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }): Promise<Response> {
  const locale = await getLocale();
  const t = messages[locale];
  const fail = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  try {
    const user = await getOptionalUser();
    if (!user) return fail(401, t.errors.unauthenticated);
    const { assignmentId } = await params;
    const results = user.role === "TEACHER" ? await getAssignmentResults({ teacherId: user.id, assignmentId, locale }) : null;
    if (!results) return fail(404, t.teach.notFoundBody);
    const table = resultsCsvTable(results, { t: t.teach, timeZone: await getTimeZone() });
    return new Response(toCsv(table), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": csvContentDisposition(results.assignment.title, "results"),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fail(503, t.errors.databaseBody);
    console.error("Unexpected error exporting results", error);
    return fail(500, t.errors.unexpected);
  }
}
