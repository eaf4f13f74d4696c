import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { misconceptionLabel, parseResponse } from "@/lib/questions";
import { db } from "../db";
import type { StudentWorkDto } from "@/lib/teach/dto";
import { findTeacherAssignment, toTeacherAssignmentDto } from "./get-teacher-assignment";
import { variantItems } from "./variant";

/**
 * One student's answers to one of the teacher's assignments, attempt by attempt, with their own
 * variant's prompts and keys. Null when the assignment is not the teacher's or the student is not
 * on the class's roster.
 */
export async function getStudentWork(options: { teacherId: string; assignmentId: string; studentId: string; locale: Locale }): Promise<StudentWorkDto | null> {
  const { teacherId, assignmentId, studentId, locale } = options;
  const row = await findTeacherAssignment(teacherId, assignmentId);
  if (!row) return null;
  const [member, user, submissions] = await Promise.all([
    db.classMember.findFirst({ where: { classId: row.classId, studentId, classroom: { teacherId } }, select: { studentId: true } }),
    db.user.findUnique({ where: { id: studentId }, select: { id: true, name: true, email: true } }),
    db.assignmentSubmission.findMany({
      where: { assignmentId, studentId, assignment: { teacherId } },
      orderBy: { attempt: "asc" },
      select: {
        attempt: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        answers: { select: { itemIndex: true, response: true, correct: true, misconception: true, hintUsed: true } },
      },
    }),
  ]);
  if (!member || !user) return null;
  const assignment = toTeacherAssignmentDto(row, locale);
  return {
    assignment,
    student: user,
    attempts: submissions.map((s) => ({
      attempt: s.attempt,
      startedAt: s.startedAt.toISOString(),
      submittedAt: s.submittedAt?.toISOString() ?? null,
      score: s.score,
      answers: variantItems(row, studentId, s.attempt).map(({ index, question }) => {
        const answer = s.answers.find((a) => a.itemIndex === index);
        const parsed = answer ? parseResponse(question, answer.response) : null;
        const input = question.input[locale];
        return {
          index,
          templateTitle: assignment.items[index]?.templateTitle ?? "",
          conceptName: assignment.items[index]?.conceptName ?? "",
          prompt: question.prompt[locale],
          input,
          response: parsed?.ok ? parsed.response : null,
          correct: answer ? answer.correct : null,
          expected: question.keyText[locale],
          misconception: answer?.misconception ? misconceptionLabel(answer.misconception, locale) : null,
          hintUsed: answer?.hintUsed ?? false,
        };
      }),
    })),
  };
}
