import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { Difficulty } from "@/lib/questions";
import { db } from "../db";
import { loadAuthoredItems } from "../authoring/authored-items";
import type { TeacherAssignmentDto } from "@/lib/teach/dto";
import { conceptName, isConceptId, templateConcept, templateTitle } from "@/lib/teach/names";
import type { VariantSource } from "./variant";

export const teacherAssignmentSelect = {
  id: true,
  classId: true,
  title: true,
  concepts: true,
  itemTemplates: true,
  difficulty: true,
  opensAt: true,
  dueAt: true,
  attemptsAllowed: true,
  showAnswers: true,
  seedKey: true,
  timeLimitMinutes: true,
  closedAt: true,
  classroom: { select: { name: true, archivedAt: true } },
} as const;

type Row = VariantSource & {
  classId: string;
  title: string;
  concepts: string[];
  opensAt: Date;
  dueAt: Date;
  attemptsAllowed: number;
  showAnswers: TeacherAssignmentDto["showAnswers"];
  timeLimitMinutes: number | null;
  closedAt: Date | null;
  classroom: { name: string; archivedAt: Date | null };
};

export function toTeacherAssignmentDto(row: Row, locale: Locale): TeacherAssignmentDto {
  return {
    id: row.id,
    classId: row.classId,
    className: row.classroom.name,
    title: row.title,
    concepts: row.concepts.filter(isConceptId),
    items: row.itemTemplates.map((templateId, index) => {
      const authored = row.authored?.get(templateId);
      const concept = authored?.spec.concept ?? templateConcept(templateId) ?? "handshake-states";
      return {
        index,
        templateId,
        templateTitle: authored?.title[locale] ?? templateTitle(templateId, locale),
        concept,
        conceptName: conceptName(concept, locale),
      };
    }),
    difficulty: row.difficulty as Difficulty,
    opensAt: row.opensAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    attemptsAllowed: row.attemptsAllowed,
    showAnswers: row.showAnswers,
    timeLimitMinutes: row.timeLimitMinutes,
    closedAt: row.closedAt?.toISOString() ?? null,
    archived: row.classroom.archivedAt !== null,
  };
}

/** The row of one of the teacher's assignments (with its seed key: server use only); null when not theirs. */
export async function findTeacherAssignment(teacherId: string, assignmentId: string) {
  const row = await db.assignment.findFirst({ where: { id: assignmentId, teacherId }, select: teacherAssignmentSelect });
  return row ? { ...row, authored: await loadAuthoredItems(row.itemTemplates) } : null;
}

export async function getTeacherAssignment(options: { teacherId: string; assignmentId: string; locale: Locale }): Promise<TeacherAssignmentDto | null> {
  const row = await findTeacherAssignment(options.teacherId, options.assignmentId);
  return row ? toTeacherAssignmentDto(row, options.locale) : null;
}
