// "Export your data": everything stored about the user, as one JSON document. Secrets are left
// out (the password hash, the HMAC of sign-in addresses); everything else of theirs is in it.
import "server-only";
import { db } from "../db";

export async function exportAccount(userId: string): Promise<Record<string, unknown>> {
  const [
    user,
    devices,
    practiceQuestions,
    practiceAttempts,
    flashcardStates,
    flashcardReviews,
    flashcardSettings,
    mastery,
    memberships,
    submissions,
    classes,
    authoredQuestions,
    savedCaptures,
    captureAttempts,
    captureSubmissions,
    flashcardHolds,
  ] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, locale: true, createdAt: true, updatedAt: true } }),
    db.device.findMany({
      where: { userId },
      select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true, revokedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.practiceQuestion.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db.practiceAttempt.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db.flashcardState.findMany({ where: { userId } }),
    db.flashcardReview.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } }),
    db.flashcardSettings.findUnique({ where: { userId } }),
    db.conceptRollup.findMany({ where: { userId } }),
    db.classMember.findMany({ where: { studentId: userId }, select: { joinedAt: true, classroom: { select: { id: true, name: true } } } }),
    // The work of classes the learner belongs to now: a removed student's work stays stored but
    // leaves with them until the teacher re-admits them (as in the class's results).
    db.assignmentSubmission.findMany({
      where: { studentId: userId, assignment: { classroom: { members: { some: { studentId: userId } } } } },
      orderBy: { startedAt: "asc" },
      include: { answers: { orderBy: { itemIndex: "asc" } }, hints: true, assignment: { select: { title: true } } },
    }),
    db.classroom.findMany({
      where: { teacherId: userId },
      select: {
        id: true,
        name: true,
        joinCode: true,
        createdAt: true,
        assignments: {
          select: {
            id: true,
            title: true,
            concepts: true,
            difficulty: true,
            opensAt: true,
            dueAt: true,
            attemptsAllowed: true,
            showAnswers: true,
            createdAt: true,
          },
        },
      },
    }),
    db.authoredQuestion.findMany({ where: { teacherId: userId }, include: { versions: { orderBy: { version: "asc" } } } }),
    // The files themselves are in the account (the capture lab opens them); the export names them.
    db.savedCapture.findMany({ where: { userId }, select: { id: true, name: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.captureAttempt.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db.captureSubmission.findMany({
      where: { studentId: userId },
      select: { id: true, assignmentId: true, name: true, size: true, createdAt: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.flashcardHold.findMany({ where: { userId } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    devices,
    practice: { questions: practiceQuestions, attempts: practiceAttempts },
    flashcards: { states: flashcardStates, reviews: flashcardReviews, settings: flashcardSettings, holds: flashcardHolds },
    mastery,
    classes: { memberships, submissions },
    teaching: { classes, authoredQuestions },
    captures: { saved: savedCaptures, attempts: captureAttempts, handedIn: captureSubmissions },
  };
}
