import "server-only";
import { db } from "../db";
import { AppError, withDatabase } from "../errors";

/**
 * Takes a student off the class's roster. Their submissions stay in the database (a student who
 * rejoins finds them again) but leave the class's results. Only the class's teacher.
 */
export async function removeStudent(options: { teacherId: string; classId: string; studentId: string }): Promise<void> {
  const { count } = await withDatabase(() =>
    db.classMember.deleteMany({ where: { classId: options.classId, studentId: options.studentId, classroom: { teacherId: options.teacherId } } }),
  );
  if (count === 0) throw new AppError("NOT_FOUND");
}
