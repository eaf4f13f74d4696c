// What an export holds: for a question, N variants of it; for an assignment, N variants of each
// item (built-in or authored), each item a group, so Moodle (a category per item) or QTI (a
// section selecting one variant) gives each student one variant, as Handshake does.
import "server-only";
import type { ExportGroup } from "@/lib/authoring/export/moodle-xml";
import type { Locale } from "@/lib/i18n/config";
import type { Question } from "@/lib/questions";
import { regenerateQuestion } from "../practice/regenerate-question";
import { findTeacherAssignment, toTeacherAssignmentDto } from "../teach/get-teacher-assignment";
import { authoredItemId, authoredQuestion } from "./authored-items";
import { getAuthoredQuestion } from "./get-question";

/** Seeds of exported variants: fixed, so the same export twice gives the same file. */
const exportSeeds = (count: number) => Array.from({ length: count }, (_, i) => 1 + i * 104_729);

export async function questionExport(options: {
  teacherId: string;
  questionId: string;
  count: number;
  locale: Locale;
}): Promise<{ title: string; groups: ExportGroup[] } | null> {
  const question = await getAuthoredQuestion({ teacherId: options.teacherId, questionId: options.questionId });
  if (!question) return null;
  const itemId = authoredItemId(question.versionId);
  const items = new Map([[itemId, { spec: question.spec, title: question.spec.title }]]);
  const title = question.spec.title[options.locale];
  const questions = exportSeeds(options.count).flatMap((seed) => authoredQuestion(items, itemId, seed) ?? []);
  return { title, groups: [{ category: ["Handshake", title], name: title, questions }] };
}

export async function assignmentExport(options: {
  teacherId: string;
  assignmentId: string;
  count: number;
  locale: Locale;
}): Promise<{ title: string; groups: ExportGroup[] } | null> {
  const row = await findTeacherAssignment(options.teacherId, options.assignmentId);
  if (!row) return null;
  const dto = toTeacherAssignmentDto(row, options.locale);
  const groups = row.itemTemplates.map((templateId, index): ExportGroup => {
    const name = `Q${index + 1} ${dto.items[index]?.templateTitle ?? templateId}`;
    const questions = exportSeeds(options.count).flatMap((seed): Question[] => {
      const q = row.authored.has(templateId) ? authoredQuestion(row.authored, templateId, seed) : regenerateQuestion(templateId, seed, row.difficulty);
      return q ? [q] : [];
    });
    return { category: ["Handshake", row.title, name], name, questions };
  });
  return { title: row.title, groups };
}
