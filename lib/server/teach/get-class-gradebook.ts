import "server-only";
import type { GradebookDto } from "@/lib/teach/dto";
import { assignmentStatus, closedAtOf, countedAttempt, effectiveDueAt } from "@/lib/teach/status";
import { db } from "../db";
import { finishTimedOutAttempts } from "./finish-attempts";

/**
 * The class's gradebook: every student on the roster by every assignment (oldest due first), the
 * counted attempt's score in each cell, and a total over all assignments (nothing submitted
 * counts 0). Null when the class is not the teacher's.
 */
export async function getClassGradebook(options: { teacherId: string; classId: string; now?: Date }): Promise<GradebookDto | null> {
  const { teacherId, classId, now = new Date() } = options;
  const classroom = await db.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true, name: true, archivedAt: true } });
  if (!classroom) return null;
  await finishTimedOutAttempts({ classId }, now);
  const [members, assignments] = await Promise.all([
    db.classMember.findMany({ where: { classId, classroom: { teacherId } }, select: { studentId: true } }),
    db.assignment.findMany({
      where: { classId, teacherId },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        itemTemplates: true,
        dueAt: true,
        closedAt: true,
        extensions: { select: { studentId: true, dueAt: true } },
        submissions: { select: { studentId: true, attempt: true, submittedAt: true, score: true } },
      },
    }),
  ]);
  const users = await db.user.findMany({ where: { id: { in: members.map((m) => m.studentId) } }, select: { id: true, name: true, email: true } });
  const max = assignments.reduce((sum, a) => sum + a.itemTemplates.length, 0);
  const closed = (closedAt: Date | null) => closedAtOf(closedAt, classroom.archivedAt);
  return {
    classId: classroom.id,
    className: classroom.name,
    archived: classroom.archivedAt !== null,
    assignments: assignments.map((a) => ({
      id: a.id,
      title: a.title,
      itemCount: a.itemTemplates.length,
      dueAt: effectiveDueAt(a.dueAt, null, closed(a.closedAt)).toISOString(),
    })),
    students: users
      .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))
      .map((user) => {
        const cells = assignments.map((a) => {
          const attempts = a.submissions.filter((s) => s.studentId === user.id);
          const due = effectiveDueAt(a.dueAt, a.extensions.find((e) => e.studentId === user.id)?.dueAt, closed(a.closedAt));
          return { score: countedAttempt(attempts)?.score ?? null, status: assignmentStatus({ attempts, dueAt: due, showAnswers: "IMMEDIATELY", now }) };
        });
        return { studentId: user.id, name: user.name, email: user.email, cells, total: cells.reduce((sum, c) => sum + (c.score ?? 0), 0), max };
      }),
  };
}
