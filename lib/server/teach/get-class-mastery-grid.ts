import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { CONCEPTS, type ConceptId } from "@/lib/questions";
import { db } from "../db";
import { withDatabase } from "../errors";
import { MASTERY_DECAY, MASTERY_WINDOW } from "../practice/mastery";
import type { MasteryGridDto } from "./dto";
import { isConceptId } from "./names";

interface CellRow {
  studentId: string;
  concept: string;
  attempts: number;
  mastery: number;
}

/**
 * Every student of one of the teacher's classes by every concept, with mastery computed by the
 * formula of lib/server/practice/mastery.ts over each student's graded answers (practice and
 * assignments alike) in ONE grouped query for the whole class. The class's ownership is part of
 * the query (and checked first, so that a foreign class is a 404, not an empty grid).
 */
export async function getClassMasteryGrid(options: { teacherId: string; classId: string; locale: Locale }): Promise<MasteryGridDto | null> {
  const { teacherId, classId, locale } = options;
  const classroom = await withDatabase(() =>
    db.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true, name: true, members: { select: { studentId: true } } } }),
  );
  if (!classroom) return null;
  const [cells, users] = await withDatabase(() =>
    Promise.all([
      db.$queryRaw<CellRow[]>`
        WITH members AS (
          SELECT m."studentId" FROM "ClassMember" m JOIN "Classroom" c ON c."id" = m."classId"
          WHERE m."classId" = ${classId} AND c."teacherId" = ${teacherId}
        ), answers AS (
          SELECT p."userId" AS "studentId", p."concept", p."correct", p."createdAt", p."id"
          FROM "PracticeAttempt" p JOIN members ON members."studentId" = p."userId"
          UNION ALL
          SELECT a."studentId", a."concept", a."correct", a."createdAt", a."id"
          FROM "AssignmentAnswer" a JOIN members ON members."studentId" = a."studentId"
        ), ranked AS (
          SELECT "studentId", "concept", "correct",
                 row_number() OVER (PARTITION BY "studentId", "concept" ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age,
                 count(*) OVER (PARTITION BY "studentId", "concept") AS total
          FROM answers
        )
        SELECT "studentId", "concept", max(total)::int AS "attempts",
               (sum(CASE WHEN "correct" THEN power(${MASTERY_DECAY}::float8, age) ELSE 0 END)
                 / (1 + sum(power(${MASTERY_DECAY}::float8, age))))::float8 AS "mastery"
        FROM ranked
        WHERE age < ${MASTERY_WINDOW}
        GROUP BY "studentId", "concept"`,
      db.user.findMany({ where: { id: { in: classroom.members.map((m) => m.studentId) } }, select: { id: true, name: true } }),
    ]),
  );
  const key = (studentId: string, concept: string) => `${studentId}\u0000${concept}`;
  const byCell = new Map(cells.map((c) => [key(c.studentId, c.concept), c]));
  const concepts = CONCEPTS.map((c) => ({ id: c.id, name: c.name[locale] }));
  return {
    classId: classroom.id,
    className: classroom.name,
    concepts,
    students: users
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((user) => ({
        studentId: user.id,
        name: user.name,
        cells: concepts.map(({ id }): { concept: ConceptId; attempts: number; mastery: number } => {
          const cell = byCell.get(key(user.id, id));
          return { concept: id, attempts: cell?.attempts ?? 0, mastery: cell && isConceptId(cell.concept) ? Number(cell.mastery) : 0 };
        }),
      })),
  };
}
