"use server";
// The capture lab's Server Actions, and the hand-ins': each validates its input with zod and loads
// the signed-in user (authedAction, teacherAction); the data functions read and write only that
// user's captures, and check that the teacher owns the assignment or that the student is in its
// class, in their where clauses.
import { revalidatePath } from "next/cache";
import { makeCaptureQuestion, type CaptureQuestion } from "@/lib/capture/capture-questions";
import { captureAnswerSchema, captureIdSchema, captureQuestionSchema, captureTaskSchema, handInCaptureSchema, saveCaptureSchema } from "@/lib/schemas/captures";
import { authedAction, teacherAction } from "../action";
import { AppError } from "../errors";
import { answerCaptureQuestion } from "./answer-capture-question";
import { handInCapture, setCaptureTask } from "./capture-submissions";
import { analyseSavedCapture, deleteSavedCapture, getSavedCaptureBytes, listSavedCaptures, saveCapture } from "./saved-captures";

const fromBase64 = (data: string): Uint8Array => new Uint8Array(Buffer.from(data, "base64"));

export const saveCaptureAction = authedAction(saveCaptureSchema, async (input, { user }) => {
  const saved = await saveCapture({ userId: user.id, name: input.name, bytes: fromBase64(input.data) });
  return { saved, list: await listSavedCaptures(user.id) };
});

export const deleteCaptureAction = authedAction(captureIdSchema, async (input, { user }) => {
  await deleteSavedCapture({ userId: user.id, id: input.id });
  return { list: await listSavedCaptures(user.id) };
});

/** The saved file, to analyse it again in the browser. */
export const openCaptureAction = authedAction(captureIdSchema, async (input, { user }) => {
  const { name, bytes } = await getSavedCaptureBytes({ userId: user.id, id: input.id });
  return { name, data: Buffer.from(bytes).toString("base64") };
});

async function questionFor(userId: string, input: { id: string; connection: number; seed: number }): Promise<CaptureQuestion> {
  const analysis = await analyseSavedCapture({ userId, id: input.id });
  const connection = analysis.connections[input.connection];
  const question = connection ? makeCaptureQuestion(connection, input.seed) : null;
  if (!connection || !question) throw new AppError("NOT_FOUND", { messageKey: "captures.noQuestion" });
  return question;
}

/** A question about one connection of a saved capture: the question only, never its key. */
export const captureQuestionAction = authedAction(captureQuestionSchema, async (input, { user }) => ({ question: await questionFor(user.id, input) }));

/** Grades an answer by rebuilding the question from the stored file, and records it as practice (mastery included). */
export const answerCaptureQuestionAction = authedAction(captureAnswerSchema, async (input, { user }) => answerCaptureQuestion({ userId: user.id, ...input }));

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
