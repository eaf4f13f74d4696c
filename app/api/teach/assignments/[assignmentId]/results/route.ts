// GET /api/teach/assignments/:id/results: the results table as CSV, for the assignment's teacher
// only (401 signed out, 404 for anyone else, the same as for an unknown id). Cells are escaped
// against formula injection (lib/teach/csv.ts).
import { messages } from "@/lib/i18n/messages";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";
import { getAssignmentResults } from "@/lib/server/teach/get-assignment-results";
import { csvFileName, toCsv } from "@/lib/teach/csv";

export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }): Promise<Response> {
  const locale = await getLocale();
  const t = messages[locale];
  const fail = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  try {
    const user = await getOptionalUser();
    if (!user) return fail(401, t.errors.unauthenticated);
    const { assignmentId } = await params;
    const results = user.role === "TEACHER" ? await getAssignmentResults({ teacherId: user.id, assignmentId, locale }) : null;
    if (!results) return fail(404, t.teach.notFoundBody);
    const total = results.assignment.items.length;
    const header = [t.teach.colName, t.teach.colEmail, t.teach.colStatus, t.teach.colScore, "max", t.teach.colAttempts, `${t.teach.colTime} (s)`, t.teach.colSubmitted, t.teach.colDue];
    const rows = results.rows.map((row) => [
      row.name,
      row.email,
      t.teach[`status_${row.status.replace("-", "_")}` as "status_late"],
      row.score,
      total,
      row.attemptsUsed,
      row.timeSpentMs === null ? null : Math.round(row.timeSpentMs / 1000),
      row.submittedAt,
      row.extendedDueAt ?? results.assignment.dueAt,
    ]);
    return new Response(toCsv([header, ...rows]), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName(results.assignment.title, "results")}"`,
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
