// GET /api/teach/assignments/:id/export?format=moodle|qti&count=N&lang=en|zh: the assignment's
// items (built-in and authored), N variants each, as Moodle XML or a QTI 2.1 package; for the
// assignment's teacher only (404 for anyone else).
import { assignmentExport } from "@/lib/server/authoring/export-groups";
import { exportResponse, readExportQuery } from "@/lib/server/authoring/export-response";
import { teacherRoute } from "@/lib/server/authoring/teacher-route";

export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }): Promise<Response> {
  return teacherRoute(async ({ user, locale, fail }) => {
    const query = readExportQuery(request.url, locale);
    if (!query.ok) return fail(400);
    const { assignmentId } = await params;
    const exported = /^[A-Za-z0-9_-]{1,64}$/.test(assignmentId)
      ? await assignmentExport({ teacherId: user.id, assignmentId, count: query.count, locale: query.locale })
      : null;
    if (!exported) return fail(404);
    return exportResponse(query.format, exported.title, exported.groups, query.locale);
  });
}
