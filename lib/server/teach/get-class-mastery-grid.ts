import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { CONCEPTS, type ConceptId } from "@/lib/questions";
import { db } from "../db";
import { withDatabase } from "../errors";
import { rollupMastery } from "../mastery/concept-rollup";
import { MASTERY_DECAY } from "../practice/mastery";
import type { MasteryGridDto } from "./dto";

interface CellRow {
  studentId: string;
  concept: string;
  attempts: number;
  recentBits: number;
  recentCount: number;
}

/**
 * Every student of one of the teacher's classes by every concept, with mastery computed by the
 * formula of lib/server/practice/mastery.ts over each student's graded answers (practice and
 * assignments alike). The answers are read through ConceptRollup (lib/server/mastery), kept in
 * step by grading: one row per student and concept, in ONE query for the whole class, whatever
 * the size of the answers tables. The class's ownership is part of the query (and checked first,
 * so that a foreign class is a 404, not an empty grid).
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
        SELECT r."userId" AS "studentId", r."concept", r."attempts", r."recentBits", r."recentCount"
        FROM "ConceptRollup" r
        -- The members as an array: the rollup is then probed by its primary key per student, where
        -- a join would read the whole table once the planner judges it small.
        WHERE r."userId" = ANY(ARRAY(
          SELECT m."studentId" FROM "ClassMember" m JOIN "Classroom" c ON c."id" = m."classId"
          WHERE m."classId" = ${classId} AND c."teacherId" = ${teacherId}
        ))`,
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
          return { concept: id, attempts: cell?.attempts ?? 0, mastery: cell ? rollupMastery(cell.recentBits, cell.recentCount, MASTERY_DECAY) : 0 };
        }),
      })),
  };
}
