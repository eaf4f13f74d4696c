import "server-only";
import { db } from "../db";
import type { StudentClassDto } from "@/lib/teach/dto";

/** The active (not archived) classes the student is in, newest membership first, with their teachers' names. */
export async function listStudentClasses(studentId: string): Promise<StudentClassDto[]> {
  const memberships = await db.classMember.findMany({
    where: { studentId, classroom: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, classroom: { select: { id: true, name: true, teacherId: true } } },
  });
  const teachers = await db.user.findMany({ where: { id: { in: memberships.map((m) => m.classroom.teacherId) } }, select: { id: true, name: true } });
  const nameOf = new Map(teachers.map((t) => [t.id, t.name]));
  return memberships.map((m) => ({
    id: m.classroom.id,
    name: m.classroom.name,
    teacherName: nameOf.get(m.classroom.teacherId) ?? "",
    joinedAt: m.joinedAt.toISOString(),
  }));
}
