import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { hintFor } from "@/lib/questions/hints";
import { db } from "../db";
import { AppError } from "../errors";
import { loadOpenItem } from "./load-open-item";

/**
 * The hint of one item of the student's attempt under way, before it is answered. Recorded
 * (AssignmentHint, once per item) so that the answer is marked as given with a hint and the teacher
 * sees it in the results, whatever the browser says. Refused outside the window, without an open
 * attempt, and once the item is answered.
 */
export async function revealAssignmentHint(options: {
  studentId: string;
  assignmentId: string;
  itemIndex: number;
  locale: Locale;
  now?: Date;
}): Promise<{ index: number; hint: string }> {
  const { studentId, assignmentId, itemIndex, locale, now = new Date() } = options;
  const { submission, item } = await loadOpenItem(studentId, assignmentId, itemIndex, now);
  if (submission.answers.some((a) => a.itemIndex === itemIndex)) throw new AppError("CONFLICT", { messageKey: "practice.hintAfterAnswer" });
  await db.$executeRaw`
      INSERT INTO "AssignmentHint" ("submissionId", "itemIndex", "shownAt")
      SELECT s."id", ${itemIndex}::int, to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC'
      FROM "AssignmentSubmission" s WHERE s."id" = ${submission.id} AND s."studentId" = ${studentId} AND s."submittedAt" IS NULL
      ON CONFLICT ("submissionId", "itemIndex") DO NOTHING`;
  return { index: itemIndex, hint: hintFor(item.question)[locale] };
}
