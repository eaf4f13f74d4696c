import "server-only";
import { assignmentStatus, closedAtOf, countedAttempt, effectiveDueAt, scoreReleased } from "@/lib/teach/status";
import { db } from "../db";
import type { StudentAssignmentSummaryDto } from "@/lib/teach/dto";

/** The assignments of every active (not archived) class the student is in, with their status by the server's clock. */
export async function listStudentAssignments(options: { studentId: string; now?: Date }): Promise<StudentAssignmentSummaryDto[]> {
  const { studentId, now = new Date() } = options;
  const rows = await db.assignment.findMany({
    where: { classroom: { archivedAt: null, members: { some: { studentId } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      opensAt: true,
      dueAt: true,
      itemTemplates: true,
      showAnswers: true,
      closedAt: true,
      classroom: { select: { name: true } },
      extensions: { where: { studentId }, select: { dueAt: true } },
      submissions: { where: { studentId }, select: { attempt: true, submittedAt: true, score: true } },
    },
  });
  return rows.map((row) => {
    const due = effectiveDueAt(row.dueAt, row.extensions[0]?.dueAt, closedAtOf(row.closedAt));
    const counted = countedAttempt(row.submissions);
    return {
      id: row.id,
      title: row.title,
      className: row.classroom.name,
      opensAt: row.opensAt.toISOString(),
      dueAt: due.toISOString(),
      status: assignmentStatus({ attempts: row.submissions, dueAt: due, showAnswers: row.showAnswers, now }),
      score: counted && scoreReleased(row.showAnswers, due, now) ? counted.score : null,
      itemCount: row.itemTemplates.length,
    };
  });
}
