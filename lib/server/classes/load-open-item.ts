import "server-only";
import { AppError } from "../errors";
import { variantItem } from "../teach/variant";
import { loadStudentAssignment } from "./load-student-assignment";
import { assertOpen } from "./start-attempt";

/**
 * One item of the student's attempt under way, as answering and hints need it: not found unless
 * the student is in the class and the item exists; refused outside the window or with no attempt open.
 */
export async function loadOpenItem(studentId: string, assignmentId: string, itemIndex: number, now: Date) {
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) throw new AppError("NOT_FOUND");
  assertOpen(loaded.window);
  const submission = loaded.open;
  if (!submission) throw new AppError("CONFLICT", { messageKey: "teach.noAttemptOpen" });
  const item = variantItem(loaded.row, studentId, submission.attempt, itemIndex);
  if (!item) throw new AppError("NOT_FOUND");
  return { loaded, submission, item };
}
