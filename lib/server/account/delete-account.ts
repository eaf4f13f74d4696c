// Deleting an account, and what it takes with it (stated on the account page and /privacy):
// - a student: everything of theirs. Practice, flashcards, mastery and devices go by foreign key
//   (ON DELETE CASCADE); their class memberships, extensions and assignment submissions (with
//   the answers) are deleted here, so they leave their teachers' results and class lists.
// - a teacher: their classes too, with the classes' assignments and every student's submissions
//   to them, and the questions they wrote. Their students keep their own practice, flashcards
//   and mastery (mastery already counted those answers and is not recomputed).
// All in one transaction: nothing is half deleted.
import "server-only";
import { db } from "../db";
import { verifyCurrentPassword } from "./verify-current-password";

/** What deleting the account would take with it besides the person's own learning. */
export interface DeletionImpact {
  classes: number;
  students: number;
  assignments: number;
  submissions: number;
}

export async function getDeletionImpact(userId: string): Promise<DeletionImpact> {
  const [classes, students, assignments, submissions] = await Promise.all([
    db.classroom.count({ where: { teacherId: userId } }),
    db.classMember.count({ where: { classroom: { teacherId: userId } } }),
    db.assignment.count({ where: { teacherId: userId } }),
    db.assignmentSubmission.count({ where: { studentId: userId } }),
  ]);
  return { classes, students, assignments, submissions };
}

/** Deletes the user after checking their password. */
export async function deleteAccount(options: { userId: string; currentPassword: string }): Promise<void> {
  await verifyCurrentPassword(options.userId, options.currentPassword);
  await deleteAccountData(options.userId);
}

/** The deletion itself (no password check), for deleteAccount and tests. */
export async function deleteAccountData(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    // Their own work in other people's classes.
    await tx.assignmentSubmission.deleteMany({ where: { studentId: userId } });
    await tx.assignmentAnswer.deleteMany({ where: { studentId: userId } });
    await tx.assignmentExtension.deleteMany({ where: { studentId: userId } });
    await tx.classMember.deleteMany({ where: { studentId: userId } });
    await tx.classRemoval.deleteMany({ where: { studentId: userId } });
    // Their captures: saved ones and copies handed in (attempts at questions about them cascade with the user).
    await tx.savedCapture.deleteMany({ where: { userId } });
    await tx.captureSubmission.deleteMany({ where: { studentId: userId } });
    // What they made as a teacher: classes (members, assignments, extensions, submissions cascade).
    const classIds = (await tx.classroom.findMany({ where: { teacherId: userId }, select: { id: true } })).map((row) => row.id);
    await tx.classRemoval.deleteMany({ where: { classId: { in: classIds } } });
    await tx.assignment.deleteMany({ where: { teacherId: userId } });
    await tx.classroom.deleteMany({ where: { teacherId: userId } });
    await tx.authoredQuestion.deleteMany({ where: { teacherId: userId } });
    // The record of roster invitations they emailed (hashes of the addresses, for the quota).
    await tx.rosterInvitationEmail.deleteMany({ where: { teacherId: userId } });
    await tx.device.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId }, select: { id: true } });
  });
}
