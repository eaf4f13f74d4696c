import "server-only";
import { normalizeJoinCode } from "@/lib/teach/join-code";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * A student joins the class with this code (typed, or from the join link). Joining twice is a
 * no-op. An unknown code is one error message, whatever the reason, so codes cannot be probed
 * for which classes exist beyond what a right code gives.
 */
export async function joinClass(options: { studentId: string; code: string }): Promise<{ classId: string; name: string }> {
  const code = normalizeJoinCode(options.code);
  if (!code) throw new AppError("INVALID_INPUT", { messageKey: "teach.joinCodeInvalid", fieldErrors: { code: ["teach.joinCodeInvalid"] } });
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacherId: true, archivedAt: true } });
  if (!classroom) throw new AppError("NOT_FOUND", { messageKey: "teach.joinCodeUnknown", fieldErrors: { code: ["teach.joinCodeUnknown"] } });
  if (classroom.teacherId === options.studentId) throw new AppError("CONFLICT", { messageKey: "teach.ownClass" });
  if (classroom.archivedAt) throw new AppError("CONFLICT", { messageKey: "manage.joinArchived" });
  // Removed by the teacher: the code does not let them back in until the teacher re-admits them.
  const removed = await db.classRemoval.count({ where: { classId: classroom.id, studentId: options.studentId } });
  if (removed > 0) throw new AppError("FORBIDDEN", { messageKey: "teach.joinRemoved" });
  await db.classMember.createMany({ data: [{ classId: classroom.id, studentId: options.studentId }], skipDuplicates: true });
  return { classId: classroom.id, name: classroom.name };
}
