import "server-only";
import { attemptDeadline, closedAtOf, effectiveDueAt, workWindow } from "@/lib/teach/status";
import { db } from "../db";
import { loadAuthoredItems } from "../authoring/authored-items";
import { finishTimedOutAttempts } from "../teach/finish-attempts";

/**
 * An assignment of a class the student is in (membership is part of the where clause), with the
 * student's extension and attempts. Null otherwise: the caller answers 404. When the student's
 * attempt under way has run out of time it is submitted first (finishTimedOutAttempts) and the
 * assignment read again, so `open` is one that still runs. (Reading first and finishing only
 * then spares every other request a write; teachers' pages finish their students' attempts.)
 */
export async function loadStudentAssignment(studentId: string, assignmentId: string, now: Date) {
  const loaded = await readStudentAssignment(studentId, assignmentId, now);
  if (!loaded?.deadline || loaded.deadline.getTime() > now.getTime()) return loaded;
  await finishTimedOutAttempts({ assignmentId }, now);
  return readStudentAssignment(studentId, assignmentId, now);
}

async function readStudentAssignment(studentId: string, assignmentId: string, now: Date) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { members: { some: { studentId } } } },
    select: {
      id: true,
      title: true,
      seedKey: true,
      itemTemplates: true,
      difficulty: true,
      opensAt: true,
      dueAt: true,
      attemptsAllowed: true,
      showAnswers: true,
      timeLimitMinutes: true,
      closedAt: true,
      captureTask: true,
      classroom: { select: { name: true, archivedAt: true } },
      extensions: { where: { studentId }, select: { dueAt: true } },
      submissions: {
        where: { studentId },
        orderBy: { attempt: "asc" },
        select: {
          id: true,
          attempt: true,
          startedAt: true,
          submittedAt: true,
          score: true,
          answers: { select: { itemIndex: true, response: true, createdAt: true } },
          hints: { select: { itemIndex: true } },
        },
      },
    },
  });
  if (!row) return null;
  const authored = await loadAuthoredItems(row.itemTemplates);
  // Closing early ("close now") or archiving the class ends the window for everyone.
  const closedAt = closedAtOf(row.closedAt, row.classroom.archivedAt);
  const due = effectiveDueAt(row.dueAt, row.extensions[0]?.dueAt, closedAt);
  const window = workWindow(row.opensAt, due, now);
  const open = row.submissions.findLast((s) => s.submittedAt === null) ?? null;
  const deadline = open ? attemptDeadline(open.startedAt, row.timeLimitMinutes) : null;
  return { row: { ...row, authored }, due, window, open, deadline, closedEarly: closedAt !== null && closedAt.getTime() === due.getTime() };
}
export type LoadedStudentAssignment = NonNullable<Awaited<ReturnType<typeof readStudentAssignment>>>;
