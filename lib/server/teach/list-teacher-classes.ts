import "server-only";
import { db } from "../db";
import type { ClassSummaryDto } from "@/lib/teach/dto";

/** The teacher's own classes, newest first, with their sizes. */
export async function listTeacherClasses(teacherId: string): Promise<ClassSummaryDto[]> {
  const rows = await db.classroom.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, createdAt: true, archivedAt: true, _count: { select: { members: true, assignments: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    studentCount: row._count.members,
    assignmentCount: row._count.assignments,
  }));
}
