"use server";
// Capture hand-ins' Server Actions: public endpoints like every action. teacherAction and
// authedAction validate the input and load the user; the data functions check that the teacher
// owns the assignment, or that the student is in its class, in their where clauses.
import { revalidatePath } from "next/cache";
import { captureTaskSchema, handInCaptureSchema } from "@/lib/schemas/captures";
import { authedAction, teacherAction } from "../action";
import { handInCapture, setCaptureTask } from "./capture-submissions";

export const setCaptureTaskAction = teacherAction(captureTaskSchema, async ({ assignmentId, task }, { user }) => {
  await setCaptureTask({ teacherId: user.id, assignmentId, task });
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { task };
});

export const handInCaptureAction = authedAction(handInCaptureSchema, async ({ assignmentId, captureId }, { user }) => {
  const handIn = await handInCapture({ studentId: user.id, assignmentId, captureId });
  revalidatePath(`/assignments/${assignmentId}`);
  return { handIn };
});
