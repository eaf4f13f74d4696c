// GET /api/teach/questions/export: the teacher's whole bank (current versions) in Handshake's own
// versioned JSON format, to import elsewhere with the bank's import.
import { exportBank } from "@/lib/server/authoring/bank-transfer";
import { teacherRoute } from "@/lib/server/authoring/teacher-route";

export async function GET(): Promise<Response> {
  return teacherRoute(async ({ user }) => {
    const file = await exportBank({ teacherId: user.id });
    return new Response(JSON.stringify(file, null, 2), {
      status: 200,
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="handshake-question-bank.json"',
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
