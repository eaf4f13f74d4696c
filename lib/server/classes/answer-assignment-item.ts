import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { grade, parseResponse } from "@/lib/questions";
import { answersVisible } from "@/lib/teach/status";
import { db } from "../db";
import { AppError, withDatabase } from "../errors";
import { recordConceptOutcome } from "../mastery/concept-rollup";
import { timeTakenMs } from "../practice/time-taken";
import { toResultDto } from "../practice/to-result-dto";
import type { SavedAnswerDto } from "../teach/dto";
import { variantItem } from "../teach/variant";
import { loadStudentAssignment } from "./load-student-assignment";
import { assertOpen } from "./start-attempt";

/**
 * Saves and grades (on the server, from the student's own seed) the answer to one item of the
 * attempt under way. Refused outside the window (the server's clock and the student's own due
 * time decide) and once the attempt is submitted. One answer per (submission, item): the INSERT
 * skips a duplicate and every racing call reads back the one recorded. The result (key and
 * explanation) comes back only when the assignment shows answers at once.
 */
export async function answerAssignmentItem(options: {
  studentId: string;
  assignmentId: string;
  itemIndex: number;
  response: unknown;
  locale: Locale;
  now?: Date;
}): Promise<SavedAnswerDto> {
  const { studentId, assignmentId, itemIndex, locale, now = new Date() } = options;
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) throw new AppError("NOT_FOUND");
  assertOpen(loaded.window);
  const submission = loaded.open;
  if (!submission) throw new AppError("CONFLICT", { messageKey: "teach.noAttemptOpen" });
  const item = variantItem(loaded.row, studentId, submission.attempt, itemIndex);
  if (!item) throw new AppError("NOT_FOUND");
  const parsed = parseResponse(item.question, options.response);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", { messageKey: "teach.invalidAnswer", messageVars: { detail: parsed.message } });
  const verdict = grade(item.question, parsed.response, locale);

  const recorded = await withDatabase(() =>
    db.$transaction(async (tx) => {
      // Locks the attempt against a submit running at the same time: an answer lands before it or not at all.
      const open = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "AssignmentSubmission" WHERE "id" = ${submission.id} AND "studentId" = ${studentId} AND "submittedAt" IS NULL FOR UPDATE`;
      if (open.length === 0) throw new AppError("CONFLICT", { messageKey: "teach.alreadySubmitted" });
      const inserted = await tx.assignmentAnswer.createMany({
        data: [
          {
            submissionId: submission.id,
            itemIndex,
            studentId,
            templateId: item.question.template,
            concept: item.question.concept,
            seed: item.seed,
            difficulty: item.question.difficulty,
            response: parsed.response as Prisma.InputJsonValue,
            correct: verdict.correct,
            misconception: verdict.misconception?.id ?? null,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
      // Only the call that recorded the answer counts it in the learner's mastery (lib/mastery).
      if (inserted.count > 0) await recordConceptOutcome(tx, { userId: studentId, concept: item.question.concept, correct: verdict.correct, answeredAt: now });
      return tx.assignmentAnswer.findUniqueOrThrow({
        where: { submissionId_itemIndex: { submissionId: submission.id, itemIndex } },
        select: { response: true, createdAt: true },
      });
    }),
  );
  const stored = parseResponse(item.question, recorded.response);
  const response = stored.ok ? stored.response : parsed.response;
  const result = answersVisible(loaded.row.showAnswers, loaded.due, now)
    ? toResultDto(item.question, response, locale, { timeTakenMs: timeTakenMs(submission.startedAt, recorded.createdAt), recorded: true })
    : null;
  return { index: itemIndex, response, result };
}
