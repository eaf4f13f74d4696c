import "server-only";
import { db } from "../db";
import { AppError } from "../errors";

/** Whether the student is on the roster of the teacher's class that the assignment belongs to. */
async function assertStudentOfAssignment(teacherId: string, assignmentId: string, studentId: string): Promise<void> {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, teacherId, classroom: { members: { some: { studentId } } } },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
}

/** Gives one student their own due time (accommodations); the class keeps the assignment's. */
export async function setExtension(options: { teacherId: string; assignmentId: string; studentId: string; dueAt: Date }): Promise<void> {
  const { teacherId, assignmentId, studentId, dueAt } = options;
  await assertStudentOfAssignment(teacherId, assignmentId, studentId);
  await db.assignmentExtension.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, dueAt },
    update: { dueAt },
  });
}

/** Back to the class's due time. */
export async function clearExtension(options: { teacherId: string; assignmentId: string; studentId: string }): Promise<void> {
  const { teacherId, assignmentId, studentId } = options;
  await assertStudentOfAssignment(teacherId, assignmentId, studentId);
  await db.assignmentExtension.deleteMany({ where: { assignmentId, studentId } });
}
