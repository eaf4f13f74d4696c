// GET /api/teach/questions/:id/export?format=moodle|qti&count=N&lang=en|zh: N variants of one of
// the teacher's own questions as Moodle XML or a QTI 2.1 package (404 for anyone else's).
import { questionExport } from "@/lib/server/authoring/export-groups";
import { exportResponse, readExportQuery } from "@/lib/server/authoring/export-response";
import { teacherRoute } from "@/lib/server/authoring/teacher-route";

export async function GET(request: Request, { params }: { params: Promise<{ questionId: string }> }): Promise<Response> {
  return teacherRoute(async ({ user, locale, fail }) => {
    const query = readExportQuery(request.url, locale);
    if (!query.ok) return fail(400);
    const { questionId } = await params;
    const exported = /^[A-Za-z0-9_-]{1,64}$/.test(questionId)
      ? await questionExport({ teacherId: user.id, questionId, count: query.count, locale: query.locale })
      : null;
    if (!exported) return fail(404);
    return exportResponse(query.format, exported.title, exported.groups, query.locale);
  });
}
