"use server";
// The student's Server Actions: join a class, start, answer and submit an assignment. Each one
// validates its input, loads the user, and leaves ownership to the data functions' where clauses.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answerItemSchema, assignmentRefSchema, classRefSchema, itemHintSchema, joinClassSchema, reviewDiagramSchema } from "@/lib/schemas/teach";
import { authedAction } from "../action";
import { AppError } from "../errors";
import { getLocale } from "../i18n";
import { answerAssignmentItem } from "./answer-assignment-item";
import { getReviewDiagram } from "./get-student-assignment";
import { revealAssignmentHint } from "./reveal-assignment-hint";
import { joinClass } from "./join-class";
import { leaveClass } from "./leave-class";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

export const joinClassAction = authedAction(joinClassSchema, async ({ code }, { user }) => {
  if (user.role !== "STUDENT") throw new AppError("FORBIDDEN", { messageKey: "teach.teachersCannotJoin" });
  const joined = await joinClass({ studentId: user.id, code });
  revalidatePath("/classes");
  redirect(`/classes?joined=${encodeURIComponent(joined.classId)}`);
});

/** The student leaves one of their classes (their own membership only). */
export const leaveClassAction = authedAction(classRefSchema, async ({ classId }, { user }) => {
  await leaveClass({ studentId: user.id, classId });
  revalidatePath("/classes");
  revalidatePath("/assignments");
  return { classId };
});

export const startAttemptAction = authedAction(assignmentRefSchema, async ({ assignmentId }, { user }) => {
  const started = await startAttempt({ studentId: user.id, assignmentId });
  revalidatePath(`/assignments/${assignmentId}`);
  return started;
});

export const answerItemAction = authedAction(answerItemSchema, async ({ assignmentId, itemIndex, response }, { user }) =>
  answerAssignmentItem({ studentId: user.id, assignmentId, itemIndex, response, locale: await getLocale() }),
);

export const submitAttemptAction = authedAction(assignmentRefSchema, async ({ assignmentId }, { user }) => {
  const submitted = await submitAttempt({ studentId: user.id, assignmentId });
  revalidatePath(`/assignments/${assignmentId}`);
  revalidatePath("/assignments");
  return submitted;
});

/** A hint for one item of the attempt under way, before answering it (recorded for the teacher). */
export const itemHintAction = authedAction(itemHintSchema, async ({ assignmentId, itemIndex }, { user }) =>
  revealAssignmentHint({ studentId: user.id, assignmentId, itemIndex, locale: await getLocale() }),
);

/** The run of one item of a submitted attempt, drawn when the student opens it in the review. */
export const reviewDiagramAction = authedAction(reviewDiagramSchema, async ({ assignmentId, attempt, itemIndex }, { user }) => {
  const diagram = await getReviewDiagram({ studentId: user.id, assignmentId, attempt, itemIndex, locale: await getLocale() });
  if (!diagram) throw new AppError("NOT_FOUND");
  return diagram;
});
