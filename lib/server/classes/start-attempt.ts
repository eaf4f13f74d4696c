import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { isUniqueViolation } from "../teach/new-join-code";
import { loadStudentAssignment } from "./load-student-assignment";

/** Refuses work outside the assignment's window, with a message that says which side of it. */
export function assertOpen(window: "not-open" | "open" | "closed", closedEarly = false): void {
  if (window === "closed" && closedEarly) throw new AppError("FORBIDDEN", { messageKey: "manage.closedEarly" });
  if (window === "not-open") throw new AppError("FORBIDDEN", { messageKey: "teach.notOpenYet" });
  if (window === "closed") throw new AppError("FORBIDDEN", { messageKey: "teach.pastDue" });
}

/**
 * Starts the student's next attempt (or returns the one under way: starting twice is harmless).
 * The (assignment, student, attempt) unique constraint settles two starts at once.
 */
export async function startAttempt(options: { studentId: string; assignmentId: string; now?: Date }): Promise<{ attempt: number }> {
  const { studentId, assignmentId, now = new Date() } = options;
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) throw new AppError("NOT_FOUND");
  assertOpen(loaded.window, loaded.closedEarly);
  if (loaded.open) return { attempt: loaded.open.attempt };
  const used = loaded.row.submissions.length;
  if (used >= loaded.row.attemptsAllowed) throw new AppError("CONFLICT", { messageKey: "teach.noAttemptsLeft" });
  try {
    await db.assignmentSubmission.create({ data: { assignmentId, studentId, attempt: used + 1, startedAt: now }, select: { id: true } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { attempt: used + 1 };
}
