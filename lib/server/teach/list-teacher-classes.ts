import "server-only";
import { db } from "../db";
import { withDatabase } from "../errors";
import type { ClassSummaryDto } from "@/lib/teach/dto";

/** The teacher's own classes, newest first, with their sizes. */
export async function listTeacherClasses(teacherId: string): Promise<ClassSummaryDto[]> {
  const rows = await withDatabase(() =>
    db.classroom.findMany({
      where: { teacherId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { members: true, assignments: true } } },
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    createdAt: row.createdAt.toISOString(),
    studentCount: row._count.members,
    assignmentCount: row._count.assignments,
  }));
}
