import "server-only";
import { db } from "../db";
import type { TeacherClassDto } from "@/lib/teach/dto";

/** One of the teacher's classes with its roster and assignments; null when it is not theirs. */
export async function getTeacherClass(options: { teacherId: string; classId: string }): Promise<TeacherClassDto | null> {
  const row = await db.classroom.findFirst({
    where: { id: options.classId, teacherId: options.teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      archivedAt: true,
      members: { select: { studentId: true, joinedAt: true }, orderBy: { joinedAt: "asc" } },
      assignments: {
        orderBy: { dueAt: "desc" },
        select: {
          id: true,
          title: true,
          opensAt: true,
          dueAt: true,
          itemTemplates: true,
          _count: { select: { submissions: { where: { submittedAt: { not: null } } } } },
        },
      },
    },
  });
  if (!row) return null;
  const removals = await db.classRemoval.findMany({ where: { classId: row.id }, orderBy: { removedAt: "desc" }, select: { studentId: true, removedAt: true } });
  const users = await db.user.findMany({
    where: { id: { in: [...row.members.map((m) => m.studentId), ...removals.map((r) => r.studentId)] } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const roster = row.members
    .flatMap((m) => {
      const user = byId.get(m.studentId);
      return user ? [{ studentId: m.studentId, name: user.name, email: user.email, joinedAt: m.joinedAt.toISOString() }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    studentCount: roster.length,
    assignmentCount: row.assignments.length,
    roster,
    removed: removals.flatMap((r) => {
      const user = byId.get(r.studentId);
      return user ? [{ studentId: r.studentId, name: user.name, email: user.email, removedAt: r.removedAt.toISOString() }] : [];
    }),
    assignments: row.assignments.map((a) => ({
      id: a.id,
      title: a.title,
      opensAt: a.opensAt.toISOString(),
      dueAt: a.dueAt.toISOString(),
      itemCount: a.itemTemplates.length,
      submittedCount: a._count.submissions,
    })),
  };
}
