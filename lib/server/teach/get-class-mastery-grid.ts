import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { CONCEPTS } from "@/lib/questions";
import { db } from "../db";
import { getMasteries } from "../mastery/get-masteries";
import type { MasteryGridDto } from "@/lib/teach/dto";

/**
 * Every student of one of the teacher's classes by every concept: the same mastery each student
 * sees on their own /progress (lib/mastery/mastery.ts: all their graded answers, practice and
 * assignments), read by the one reader in ONE query for the whole class. The class's ownership is
 * checked first, so that a foreign class is a 404 and no learner's figures are read for it.
 */
export async function getClassMasteryGrid(options: { teacherId: string; classId: string; locale: Locale }): Promise<MasteryGridDto | null> {
  const { teacherId, classId, locale } = options;
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: { id: true, name: true, members: { select: { studentId: true } } },
  });
  if (!classroom) return null;
  const ids = classroom.members.map((m) => m.studentId);
  const [students, masteries] = await Promise.all([db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }), getMasteries(ids)]);
  const concepts = CONCEPTS.map((c) => ({ id: c.id, name: c.name[locale] }));
  return {
    classId: classroom.id,
    className: classroom.name,
    concepts,
    students: students
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((user) => {
        const byConcept = new Map((masteries.get(user.id) ?? []).map((m) => [m.concept, m]));
        return {
          studentId: user.id,
          name: user.name,
          cells: concepts.map(({ id }) => ({ concept: id, attempts: byConcept.get(id)?.attempts ?? 0, mastery: byConcept.get(id)?.mastery ?? 0 })),
        };
      }),
  };
}
