import "server-only";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Takes a student off the class's roster, and keeps them off: the join code no longer lets them
 * back in until the teacher re-admits them (readmitStudent). Their submissions stay in the
 * database but leave the class's results; a re-admitted student who joins again finds them.
 * Only the class's teacher.
 */
export async function removeStudent(options: { teacherId: string; classId: string; studentId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.classMember.deleteMany({
      where: { classId: options.classId, studentId: options.studentId, classroom: { teacherId: options.teacherId } },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.classRemoval.upsert({
      where: { classId_studentId: { classId: options.classId, studentId: options.studentId } },
      create: { classId: options.classId, studentId: options.studentId },
      update: { removedAt: new Date() },
    });
  });
}

/** Lifts a removal: the student may join again with the class's code. Only the class's teacher. */
export async function readmitStudent(options: { teacherId: string; classId: string; studentId: string }): Promise<void> {
  const owned = await db.classroom.count({ where: { id: options.classId, teacherId: options.teacherId } });
  if (owned === 0) throw new AppError("NOT_FOUND");
  const { count } = await db.classRemoval.deleteMany({ where: { classId: options.classId, studentId: options.studentId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
