import "server-only";
import { normalizeJoinCode } from "@/lib/teach/join-code";
import { db } from "../db";

export interface ClassInvitation {
  code: string;
  className: string;
  teacherName: string;
}

/**
 * What a join link invites to: the class and its teacher, or null for a code no class has. The
 * code is the secret (8 characters of a 30-letter alphabet: not guessable), so whoever holds it
 * may see the class's name before joining, signed in or not; nothing else about the class is read.
 */
export async function findClassInvitation(rawCode: string): Promise<ClassInvitation | null> {
  const code = normalizeJoinCode(rawCode);
  if (!code) return null;
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { name: true, teacherId: true } });
  if (!classroom) return null;
  const teacher = await db.user.findUnique({ where: { id: classroom.teacherId }, select: { name: true } });
  return { code, className: classroom.name, teacherName: teacher?.name ?? "" };
}
