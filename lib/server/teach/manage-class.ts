import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { finishOpenAttempts } from "./finish-attempts";

/**
 * One of the teacher's classes, refused when it is not theirs (404, as for an unknown id) or,
 * unless `archived` is allowed, when it is archived (read-only until unarchived).
 */
export async function requireOwnClass(teacherId: string, classId: string, options: { archived?: boolean } = {}) {
  const row = await db.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true, name: true, archivedAt: true } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.archivedAt && !options.archived) throw new AppError("CONFLICT", { messageKey: "manage.classArchivedReadOnly" });
  return row;
}

/** Renames one of the teacher's active classes. */
export async function renameClass(options: { teacherId: string; classId: string; name: string }): Promise<void> {
  await requireOwnClass(options.teacherId, options.classId);
  const { count } = await db.classroom.updateMany({
    where: { id: options.classId, teacherId: options.teacherId, archivedAt: null },
    data: { name: options.name },
  });
  if (count === 0) throw new AppError("CONFLICT", { messageKey: "manage.classArchivedReadOnly" });
}

/**
 * Archives a class (or brings it back). Archived, it leaves its students' class and assignment
 * lists, nobody may join it, and no work is accepted: attempts under way are submitted as they
 * stand. Everything is kept and the teacher still reads it.
 */
export async function setClassArchived(options: { teacherId: string; classId: string; archived: boolean; now?: Date }): Promise<void> {
  const { teacherId, classId, archived, now = new Date() } = options;
  await requireOwnClass(teacherId, classId, { archived: true });
  await db.classroom.updateMany({ where: { id: classId, teacherId }, data: { archivedAt: archived ? now : null } });
  if (archived) await finishOpenAttempts({ classId }, now);
}

/** What deleting a class takes with it, for the confirmation. */
export async function countClassContents(teacherId: string, classId: string): Promise<{ students: number; assignments: number; attempts: number }> {
  const [students, assignments, attempts] = await Promise.all([
    db.classMember.count({ where: { classId, classroom: { teacherId } } }),
    db.assignment.count({ where: { classId, teacherId } }),
    db.assignmentSubmission.count({ where: { assignment: { classId, teacherId } } }),
  ]);
  return { students, assignments, attempts };
}

/**
 * Deletes one of the teacher's classes for good: its roster, its assignments and every student's
 * attempts and answers in them. Students keep their accounts, practice, flashcards and mastery
 * (the concept rollup keeps what their answers taught).
 */
export async function deleteClass(options: { teacherId: string; classId: string }): Promise<void> {
  const { teacherId, classId } = options;
  await db.$transaction(async (tx) => {
    const { count } = await tx.classroom.deleteMany({ where: { id: classId, teacherId } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.classRemoval.deleteMany({ where: { classId } });
  });
}
