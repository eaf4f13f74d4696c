// GET /api/teach/classes/:id/gradebook: the class gradebook as CSV (a row per student, a column
// per assignment, the total), for the class's teacher only (401 signed out, 404 for anyone else,
// the same as for an unknown id). Cells are escaped against formula injection (lib/teach/csv.ts).
import { messages } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/translate";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";
import { getClassGradebook } from "@/lib/server/teach/get-class-gradebook";
import { toCsv } from "@/lib/teach/csv";
import { csvContentDisposition } from "@/lib/teach/results-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const locale = await getLocale();
  const t = messages[locale];
  const fail = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  try {
    const user = await getOptionalUser();
    if (!user) return fail(401, t.errors.unauthenticated);
    const { classId } = await params;
    const book = user.role === "TEACHER" && /^[A-Za-z0-9_-]{1,64}$/.test(classId) ? await getClassGradebook({ teacherId: user.id, classId }) : null;
    if (!book) return fail(404, t.teach.notFoundBody);
    const max = book.assignments.reduce((sum, a) => sum + a.itemCount, 0);
    const header = [
      t.teach.colName,
      t.teach.colEmail,
      ...book.assignments.map((a) => `${a.title} (${interpolate(t.manage.outOf, { n: a.itemCount })})`),
      `${t.manage.colTotal} (${interpolate(t.manage.outOf, { n: max })})`,
    ];
    const rows = book.students.map((s) => [s.name, s.email, ...s.cells.map((c) => c.score), s.total]);
    return new Response(toCsv([header, ...rows]), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": csvContentDisposition(interpolate(t.manage.gradebookTitle, { name: book.className }), "gradebook"),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fail(503, t.errors.databaseBody);
    console.error("Unexpected error exporting the gradebook", error);
    return fail(500, t.errors.unexpected);
  }
}
