import "server-only";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * The student leaves a class: off the roster, out of its mastery grid and results. Their answers
 * stay theirs (in the database, for their own progress). They may join again with the code: only
 * a teacher's removal keeps a student out.
 */
export async function leaveClass(options: { studentId: string; classId: string }): Promise<void> {
  const { count } = await db.classMember.deleteMany({ where: { classId: options.classId, studentId: options.studentId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
