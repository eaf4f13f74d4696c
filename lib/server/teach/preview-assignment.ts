import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { toQuestionDto } from "../practice/to-question-dto";
import type { PreviewItemDto, TeacherAssignmentDto } from "@/lib/teach/dto";
import { findTeacherAssignment, toTeacherAssignmentDto } from "./get-teacher-assignment";
import { variantItems } from "./variant";

/**
 * A sample variant for the teacher, with the keys. Sample n is the variant of a made-up student
 * ("preview-n", attempt 0), which no real student id or attempt number can equal.
 */
export async function previewAssignment(options: {
  teacherId: string;
  assignmentId: string;
  sample: number;
  locale: Locale;
}): Promise<{ assignment: TeacherAssignmentDto; items: PreviewItemDto[] } | null> {
  const row = await findTeacherAssignment(options.teacherId, options.assignmentId);
  if (!row) return null;
  const items = variantItems(row, `preview-${options.sample}`, 0).map(({ index, question }) => ({
    question: toQuestionDto(question, { kind: "stored", id: `preview-${index}` }, options.locale, row.authored.get(question.template)?.title[options.locale]),
    keyText: question.keyText[options.locale],
    rfc: question.explanation.rfc,
  }));
  return { assignment: toTeacherAssignmentDto(row, options.locale), items };
}
