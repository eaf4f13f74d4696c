import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { misconceptionLabel, parseResponse, type ConceptId } from "@/lib/questions";
import { OTHER_MISCONCEPTION } from "@/lib/questions/misconceptions";
import { responseText } from "@/lib/teach/response-text";
import { analyseItems, type ItemStats, type StudentOutcomes } from "@/lib/teach/item-analysis";
import { assignmentStatus, closedAtOf, countedAttempt, effectiveDueAt } from "@/lib/teach/status";
import { db } from "../db";
import type { AssignmentResultsDto, ItemStatsDto, StudentResultRowDto } from "@/lib/teach/dto";
import { findTeacherAssignment, toTeacherAssignmentDto } from "./get-teacher-assignment";
import { finishTimedOutAttempts } from "./finish-attempts";
import { conceptName } from "@/lib/teach/names";
import { variantItem, type VariantSource } from "./variant";

const statsDto = (stats: ItemStats, locale: Locale): ItemStatsDto => ({
  students: stats.students,
  correct: stats.correct,
  shareCorrect: stats.shareCorrect,
  discrimination: stats.discrimination,
  topWrong: stats.topWrong ? { ...stats.topWrong, label: misconceptionLabel(stats.topWrong.misconception, locale) } : null,
  commonWrongResponses: stats.commonWrongResponses,
  fewStudents: stats.fewStudents,
});

/** A wrong answer in words, read against the student's own variant (a choice's text is per question). */
function wrongAnswerText(assignment: VariantSource, studentId: string, attempt: number, index: number, stored: unknown, locale: Locale): string {
  const item = variantItem(assignment, studentId, attempt, index);
  if (!item) return "?";
  const parsed = parseResponse(item.question, stored);
  return parsed.ok ? responseText(parsed.response, item.question.input[locale], { noFlags: messages[locale].practice.noFlagsAnswer }) : "?";
}

/**
 * The results of one of the teacher's assignments: a row per student on the class's roster (the
 * counted attempt is the best one), and item analysis over the counted attempts. Null when the
 * assignment is not the teacher's.
 */
export async function getAssignmentResults(options: {
  teacherId: string;
  assignmentId: string;
  locale: Locale;
  now?: Date;
}): Promise<AssignmentResultsDto | null> {
  const { teacherId, assignmentId, locale, now = new Date() } = options;
  const row = await findTeacherAssignment(teacherId, assignmentId);
  if (!row) return null;
  const assignment = toTeacherAssignmentDto(row, locale);
  await finishTimedOutAttempts({ assignmentId }, now);

  const [members, submissions, extensions] = await Promise.all([
    db.classMember.findMany({ where: { classId: row.classId, classroom: { teacherId } }, select: { studentId: true } }),
    db.assignmentSubmission.findMany({
      where: { assignmentId, assignment: { teacherId } },
      select: {
        studentId: true,
        attempt: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        answers: { select: { itemIndex: true, correct: true, misconception: true, response: true, hintUsed: true } },
      },
    }),
    db.assignmentExtension.findMany({ where: { assignmentId, assignment: { teacherId } }, select: { studentId: true, dueAt: true } }),
  ]);
  const studentIds = members.map((m) => m.studentId);
  const users = await db.user.findMany({ where: { id: { in: studentIds } }, select: { id: true, name: true, email: true } });
  const extensionOf = new Map(extensions.map((e) => [e.studentId, e.dueAt]));

  const rows: StudentResultRowDto[] = [];
  const outcomes: StudentOutcomes[] = [];
  for (const user of users.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))) {
    const attempts = submissions.filter((s) => s.studentId === user.id);
    const extension = extensionOf.get(user.id) ?? null;
    const due = effectiveDueAt(row.dueAt, extension, closedAtOf(row.closedAt, row.classroom.archivedAt));
    const counted = countedAttempt(attempts);
    rows.push({
      studentId: user.id,
      name: user.name,
      email: user.email,
      // The teacher sees the state of the work, whatever the student may see yet.
      status: assignmentStatus({ attempts, dueAt: due, showAnswers: "IMMEDIATELY", now }),
      attemptsUsed: attempts.length,
      score: counted?.score ?? null,
      timeSpentMs: counted?.submittedAt ? counted.submittedAt.getTime() - counted.startedAt.getTime() : null,
      submittedAt: counted?.submittedAt?.toISOString() ?? null,
      extendedDueAt: extension ? extension.toISOString() : null,
      itemsCorrect: row.itemTemplates.map((_, index) => counted?.answers.find((a) => a.itemIndex === index)?.correct ?? null),
      hintsUsed: counted ? counted.answers.filter((a) => a.hintUsed).length : 0,
    });
    if (counted) {
      const items = row.itemTemplates.map((_, index) => {
        const answer = counted.answers.find((a) => a.itemIndex === index);
        if (!answer) return null;
        const unexplained = !answer.correct && (answer.misconception === null || answer.misconception === OTHER_MISCONCEPTION);
        return {
          correct: answer.correct,
          misconception: answer.misconception,
          ...(unexplained ? { response: wrongAnswerText(row, user.id, counted.attempt, index, answer.response, locale) } : {}),
        };
      });
      outcomes.push({ studentId: user.id, items });
    }
  }

  const analysis = analyseItems(
    outcomes,
    assignment.items.map((item) => item.concept),
  );
  return {
    assignment,
    rows,
    submittedCount: outcomes.length,
    attemptCount: submissions.length,
    itemStats: analysis.items.map((stats, index) => ({
      index,
      templateTitle: assignment.items[index]?.templateTitle ?? "",
      conceptName: assignment.items[index]?.conceptName ?? "",
      ...statsDto(stats, locale),
    })),
    conceptStats: analysis.concepts.map((stats) => ({
      concept: stats.concept as ConceptId,
      conceptName: conceptName(stats.concept, locale),
      itemCount: stats.itemCount,
      ...statsDto(stats, locale),
    })),
  };
}
