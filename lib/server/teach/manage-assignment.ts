import "server-only";
import type { EditAssignmentInput } from "@/lib/schemas/teach-manage";
import { db } from "../db";
import { AppError } from "../errors";
import { finishOpenAttempts } from "./finish-attempts";

/**
 * What may change once a student has started, decided here and shown in the edit form:
 *  - always: the title, the due time, the number of attempts (never below what a student has
 *    used) and when answers are shown;
 *  - only before anyone starts: when it opens, the difficulty and the time limit, since each of
 *    them changes the work a student already did (their numbers, or the time they had);
 *  - never: the questions themselves (to choose others, delete it before anyone starts and make
 *    a new one).
 */
export const LOCKED_ONCE_STARTED = ["opensAt", "difficulty", "timeLimitMinutes"] as const;

/** The teacher's assignment with what the edit rules need; refused as 404 when not theirs. */
export async function loadOwnAssignment(teacherId: string, assignmentId: string) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, teacherId },
    select: {
      id: true,
      classId: true,
      opensAt: true,
      dueAt: true,
      difficulty: true,
      timeLimitMinutes: true,
      closedAt: true,
      classroom: { select: { archivedAt: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** How far students have got: how many started it, and the most attempts one of them used. */
export async function assignmentProgress(assignmentId: string): Promise<{ startedStudents: number; attempts: number; mostAttemptsUsed: number }> {
  const [students, aggregate] = await Promise.all([
    db.assignmentSubmission.groupBy({ by: ["studentId"], where: { assignmentId } }),
    db.assignmentSubmission.aggregate({ where: { assignmentId }, _count: { _all: true }, _max: { attempt: true } }),
  ]);
  return { startedStudents: students.length, attempts: aggregate._count._all, mostAttemptsUsed: aggregate._max.attempt ?? 0 };
}

export async function editAssignment(options: { teacherId: string; input: EditAssignmentInput }): Promise<void> {
  const { teacherId, input } = options;
  const row = await loadOwnAssignment(teacherId, input.assignmentId);
  if (row.classroom.archivedAt) throw new AppError("CONFLICT", { messageKey: "manage.classArchivedReadOnly" });
  const changed = {
    opensAt: input.opensAt !== undefined && input.opensAt.getTime() !== row.opensAt.getTime(),
    difficulty: input.difficulty !== undefined && input.difficulty !== row.difficulty,
    timeLimitMinutes: input.timeLimitMinutes !== undefined && input.timeLimitMinutes !== row.timeLimitMinutes,
  };
  const lockedChanges = LOCKED_ONCE_STARTED.filter((field) => changed[field]);
  const progress = await assignmentProgress(row.id);
  if (lockedChanges.length > 0 && progress.startedStudents > 0) {
    throw new AppError("CONFLICT", {
      messageKey: "manage.lockedAfterStart",
      fieldErrors: Object.fromEntries(lockedChanges.map((f) => [f, ["manage.lockedField"]])),
    });
  }
  if (input.attemptsAllowed < progress.mostAttemptsUsed) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { attemptsAllowed: ["manage.attemptsBelowUsed"] } });
  }
  const opensAt = input.opensAt ?? row.opensAt;
  if (input.dueAt.getTime() <= opensAt.getTime()) throw new AppError("INVALID_INPUT", { fieldErrors: { dueAt: ["teach.dueBeforeOpen"] } });
  const { count } = await db.assignment.updateMany({
    // A student who starts between the check and here makes this match nothing: refused, not applied.
    where: { id: row.id, teacherId, classroom: { archivedAt: null }, ...(lockedChanges.length > 0 ? { submissions: { none: {} } } : {}) },
    data: {
      title: input.title,
      dueAt: input.dueAt,
      attemptsAllowed: input.attemptsAllowed,
      showAnswers: input.showAnswers,
      ...(changed.opensAt ? { opensAt: input.opensAt } : {}),
      ...(changed.difficulty ? { difficulty: input.difficulty } : {}),
      ...(changed.timeLimitMinutes ? { timeLimitMinutes: input.timeLimitMinutes } : {}),
    },
  });
  if (count === 0) throw new AppError("CONFLICT", { messageKey: "manage.lockedAfterStart" });
}

/**
 * "Open now" (and reopening after "close now"): opens at once if it was to open later, and takes
 * work again until its due time. Refused once the due time has passed: the teacher moves the due
 * time first (edit), so that students see a due time that holds.
 */
export async function openAssignmentNow(options: { teacherId: string; assignmentId: string; now?: Date }): Promise<void> {
  const { teacherId, assignmentId, now = new Date() } = options;
  const row = await loadOwnAssignment(teacherId, assignmentId);
  if (row.classroom.archivedAt) throw new AppError("CONFLICT", { messageKey: "manage.classArchivedReadOnly" });
  if (row.dueAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", { messageKey: "manage.openPastDue" });
  if (row.opensAt.getTime() <= now.getTime() && row.closedAt === null) throw new AppError("CONFLICT", { messageKey: "manage.alreadyOpen" });
  await db.assignment.updateMany({
    where: { id: assignmentId, teacherId },
    data: { closedAt: null, ...(row.opensAt.getTime() > now.getTime() ? { opensAt: now } : {}) },
  });
}

/**
 * "Close now" (close early): no work is accepted from now on, extensions included. Attempts under
 * way are submitted with the answers given so far.
 */
export async function closeAssignmentNow(options: { teacherId: string; assignmentId: string; now?: Date }): Promise<{ submitted: number }> {
  const { teacherId, assignmentId, now = new Date() } = options;
  const row = await loadOwnAssignment(teacherId, assignmentId);
  if (row.classroom.archivedAt) throw new AppError("CONFLICT", { messageKey: "manage.classArchivedReadOnly" });
  if (row.closedAt !== null || row.dueAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", { messageKey: "manage.alreadyClosed" });
  await db.assignment.updateMany({ where: { id: assignmentId, teacherId }, data: { closedAt: now } });
  return { submitted: await finishOpenAttempts({ assignmentId }, now) };
}

/**
 * Deletes one of the teacher's assignments for good, with every student's attempts, answers and
 * extensions in it. Their practice, flashcards and mastery stay (the rollup keeps what they learned).
 */
export async function deleteAssignment(options: { teacherId: string; assignmentId: string }): Promise<{ classId: string }> {
  const row = await loadOwnAssignment(options.teacherId, options.assignmentId);
  const { count } = await db.assignment.deleteMany({ where: { id: row.id, teacherId: options.teacherId } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { classId: row.classId };
}
