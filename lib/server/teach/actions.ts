"use server";
// The teacher's Server Actions. Each one is a public endpoint: teacherAction validates the input
// and checks the role; the data functions check ownership in their where clauses.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { classRefSchema, clearExtensionSchema, createAssignmentSchema, createClassSchema, extendDueSchema, removeStudentSchema } from "@/lib/schemas/teach";
import { teacherAction } from "../action";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { regenerateJoinCode } from "./regenerate-join-code";
import { readmitStudent, removeStudent } from "./remove-student";
import { clearExtension, setExtension } from "./set-extension";

export const createClassAction = teacherAction(createClassSchema, async ({ name }, { user }) => {
  const created = await createClass({ teacherId: user.id, name });
  revalidatePath("/teach");
  redirect(`/teach/classes/${created.id}`);
});

export const regenerateJoinCodeAction = teacherAction(classRefSchema, async ({ classId }, { user }) => {
  const joinCode = await regenerateJoinCode({ teacherId: user.id, classId });
  revalidatePath(`/teach/classes/${classId}`);
  return { joinCode };
});

export const removeStudentAction = teacherAction(removeStudentSchema, async ({ classId, studentId }, { user }) => {
  await removeStudent({ teacherId: user.id, classId, studentId });
  revalidatePath(`/teach/classes/${classId}`);
  return { studentId };
});

export const readmitStudentAction = teacherAction(removeStudentSchema, async ({ classId, studentId }, { user }) => {
  await readmitStudent({ teacherId: user.id, classId, studentId });
  revalidatePath(`/teach/classes/${classId}`);
  return { studentId };
});

export const createAssignmentAction = teacherAction(createAssignmentSchema, async (input, { user }) => {
  const created = await createAssignment({ teacherId: user.id, input });
  revalidatePath(`/teach/classes/${input.classId}`);
  redirect(`/teach/assignments/${created.id}`);
});

export const setExtensionAction = teacherAction(extendDueSchema, async ({ assignmentId, studentId, dueAt }, { user }) => {
  await setExtension({ teacherId: user.id, assignmentId, studentId, dueAt });
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { dueAt: dueAt.toISOString() };
});

export const clearExtensionAction = teacherAction(clearExtensionSchema, async ({ assignmentId, studentId }, { user }) => {
  await clearExtension({ teacherId: user.id, assignmentId, studentId });
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { cleared: true };
});
