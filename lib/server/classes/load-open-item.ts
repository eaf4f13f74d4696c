import "server-only";
import { attemptDeadline } from "@/lib/teach/status";
import { AppError } from "../errors";
import { variantItem } from "../teach/variant";
import { loadStudentAssignment } from "./load-student-assignment";
import { assertOpen } from "./start-attempt";

/**
 * One item of the student's attempt under way, as answering and hints need it: not found unless
 * the student is in the class and the item exists; refused outside the window (or after the teacher
 * closed it), past the attempt's time limit, or with no attempt open.
 */
export async function loadOpenItem(studentId: string, assignmentId: string, itemIndex: number, now: Date) {
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) throw new AppError("NOT_FOUND");
  assertOpen(loaded.window, loaded.closedEarly);
  const submission = loaded.open;
  if (!submission) {
    // The attempt the student was answering ended when its time ran out (finishTimedOutAttempts).
    const last = loaded.row.submissions.at(-1);
    const ranOut = last?.submittedAt && last.submittedAt.getTime() === attemptDeadline(last.startedAt, loaded.row.timeLimitMinutes)?.getTime();
    throw ranOut ? new AppError("FORBIDDEN", { messageKey: "manage.timeUp" }) : new AppError("CONFLICT", { messageKey: "teach.noAttemptOpen" });
  }
  // The time limit, by the server's clock: an answer (or a hint) after it is refused, whatever the browser shows.
  if (loaded.deadline && now.getTime() >= loaded.deadline.getTime()) throw new AppError("FORBIDDEN", { messageKey: "manage.timeUp" });
  const item = variantItem(loaded.row, studentId, submission.attempt, itemIndex);
  if (!item) throw new AppError("NOT_FOUND");
  return { loaded, submission, item };
}
