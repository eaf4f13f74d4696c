import "server-only";
import { effectiveDueAt, workWindow } from "@/lib/teach/status";
import { db } from "../db";
import { loadAuthoredItems } from "../authoring/authored-items";
import { withDatabase } from "../errors";

/**
 * An assignment of a class the student is in (membership is part of the where clause), with the
 * student's extension and attempts. Null otherwise: the caller answers 404.
 */
export async function loadStudentAssignment(studentId: string, assignmentId: string, now: Date) {
  const row = await withDatabase(() =>
    db.assignment.findFirst({
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
        classroom: { select: { name: true } },
        extensions: { where: { studentId }, select: { dueAt: true } },
        submissions: {
          where: { studentId },
          orderBy: { attempt: "asc" },
          select: { id: true, attempt: true, startedAt: true, submittedAt: true, score: true, answers: { select: { itemIndex: true, response: true, createdAt: true } }, hints: { select: { itemIndex: true } } },
        },
      },
    }),
  );
  if (!row) return null;
  const authored = await loadAuthoredItems(row.itemTemplates);
  const due = effectiveDueAt(row.dueAt, row.extensions[0]?.dueAt);
  const window = workWindow(row.opensAt, due, now);
  const open = row.submissions.findLast((s) => s.submittedAt === null) ?? null;
  return { row: { ...row, authored }, due, window, open };
}
export type LoadedStudentAssignment = NonNullable<Awaited<ReturnType<typeof loadStudentAssignment>>>;
