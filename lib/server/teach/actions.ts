"use server";
// The teacher's Server Actions. Each one is a public endpoint: teacherAction validates the input
// and checks the role; the data functions check ownership in their where clauses.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  assignmentRefSchema,
  classRefSchema,
  clearExtensionSchema,
  createAssignmentSchema,
  createClassSchema,
  extendDueSchema,
  removeStudentSchema,
} from "@/lib/schemas/teach";
import { teacherAction } from "../action";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { regenerateJoinCode } from "./regenerate-join-code";
import { readmitStudent, removeStudent } from "./remove-student";
import { clearExtension, setExtension } from "./set-extension";
import { editAssignmentSchema, inviteRosterSchema, renameClassSchema } from "@/lib/schemas/teach-manage";
import { inviteRoster } from "./invite-roster";
import { sendRosterInvitations } from "./send-roster-invitations";
import { closeAssignmentNow, deleteAssignment, editAssignment, loadOwnAssignment, openAssignmentNow } from "./manage-assignment";
import { deleteClass, renameClass, setClassArchived } from "./manage-class";

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

// ---- Managing what the teacher made (issue 17): edit, open, close and delete an assignment;
// rename, archive and delete a class; read a roster to invite, and email it the join link. The
// data functions check that the class or assignment is the caller's in their where clauses (404
// otherwise).

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

/** Emails the join link to each address of the roster (where SMTP is configured), within the teacher's quota. */
export const sendRosterInvitationsAction = teacherAction(inviteRosterSchema, async ({ classId, text }, { user }) =>
  sendRosterInvitations({ teacherId: user.id, classId, text }),
);
