import "server-only";
import { db, TRANSACTION_OPTIONS } from "../db";
import { AppError } from "../errors";
import { loadStudentAssignment } from "./load-student-assignment";
import { assertOpen } from "./start-attempt";

/**
 * Submits the attempt under way: the score is the number of correct answers (unanswered items
 * count as wrong). Refused after the student's due time. Submitting twice (a double click, two
 * tabs) is harmless: the second finds nothing open and returns the first one's attempt.
 */
export async function submitAttempt(options: { studentId: string; assignmentId: string; now?: Date }): Promise<{ attempt: number }> {
  const { studentId, assignmentId, now = new Date() } = options;
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) throw new AppError("NOT_FOUND");
  assertOpen(loaded.window, loaded.closedEarly);
  const submission = loaded.open;
  if (!submission) {
    const last = loaded.row.submissions.at(-1);
    if (last) return { attempt: last.attempt };
    throw new AppError("CONFLICT", { messageKey: "teach.noAttemptOpen" });
  }
  await db.$transaction(async (tx) => {
    const open = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "AssignmentSubmission" WHERE "id" = ${submission.id} AND "studentId" = ${studentId} AND "submittedAt" IS NULL FOR UPDATE`;
    if (open.length === 0) return;
    const score = await tx.assignmentAnswer.count({ where: { submissionId: submission.id, correct: true } });
    await tx.assignmentSubmission.update({ where: { id: submission.id }, data: { submittedAt: now, score } });
  }, TRANSACTION_OPTIONS);
  return { attempt: submission.attempt };
}
