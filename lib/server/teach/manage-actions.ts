"use server";
// The teacher's management actions: edit, open, close and delete an assignment; rename, archive
// and delete a class; read a roster to invite. Each is a public endpoint: teacherAction validates
// the input and checks the role, and the data functions check that the class or assignment is the
// caller's in their where clauses (404 otherwise).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { assignmentRefSchema, classRefSchema } from "@/lib/schemas/teach";
import { editAssignmentSchema, inviteRosterSchema, renameClassSchema } from "@/lib/schemas/teach-manage";
import { teacherAction } from "../action";
import { inviteRoster } from "./invite-roster";
import { closeAssignmentNow, deleteAssignment, editAssignment, loadOwnAssignment, openAssignmentNow } from "./manage-assignment";
import { deleteClass, renameClass, setClassArchived } from "./manage-class";

async function revalidateAssignment(teacherId: string, assignmentId: string): Promise<void> {
  const { classId } = await loadOwnAssignment(teacherId, assignmentId);
  revalidatePath(`/teach/assignments/${assignmentId}`);
  revalidatePath(`/teach/classes/${classId}`);
}

export const editAssignmentAction = teacherAction(editAssignmentSchema, async (input, { user }) => {
  await editAssignment({ teacherId: user.id, input });
  await revalidateAssignment(user.id, input.assignmentId);
  redirect(`/teach/assignments/${input.assignmentId}?saved=1`);
});

export const openAssignmentNowAction = teacherAction(assignmentRefSchema, async ({ assignmentId }, { user }) => {
  await openAssignmentNow({ teacherId: user.id, assignmentId });
  await revalidateAssignment(user.id, assignmentId);
  return { opened: true };
});

export const closeAssignmentNowAction = teacherAction(assignmentRefSchema, async ({ assignmentId }, { user }) => {
  const closed = await closeAssignmentNow({ teacherId: user.id, assignmentId });
  await revalidateAssignment(user.id, assignmentId);
  return closed;
});

export const deleteAssignmentAction = teacherAction(assignmentRefSchema, async ({ assignmentId }, { user }) => {
  const { classId } = await deleteAssignment({ teacherId: user.id, assignmentId });
  revalidatePath(`/teach/classes/${classId}`);
  redirect(`/teach/classes/${classId}?deleted=assignment`);
});

export const renameClassAction = teacherAction(renameClassSchema, async ({ classId, name }, { user }) => {
  await renameClass({ teacherId: user.id, classId, name });
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/teach");
  return { name };
});

export const archiveClassAction = teacherAction(classRefSchema, async ({ classId }, { user }) => {
  await setClassArchived({ teacherId: user.id, classId, archived: true });
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/teach");
  return { archived: true };
});

export const unarchiveClassAction = teacherAction(classRefSchema, async ({ classId }, { user }) => {
  await setClassArchived({ teacherId: user.id, classId, archived: false });
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/teach");
  return { archived: false };
});

export const deleteClassAction = teacherAction(classRefSchema, async ({ classId }, { user }) => {
  await deleteClass({ teacherId: user.id, classId });
  revalidatePath("/teach");
  redirect("/teach?deleted=class");
});

export const inviteRosterAction = teacherAction(inviteRosterSchema, async ({ classId, text }, { user }) => inviteRoster({ teacherId: user.id, classId, text }));
