// Integration test of the account page's data layer (lib/server/account) against the real
// PostgreSQL database of the vitest global setup: email change, export and deletion.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createDevice } from "../devices";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import { deleteAccount, getDeletionImpact } from "./delete-account";
import { exportAccount } from "./export-account";
import { changeEmail, updateProfile } from "./update-profile";

const PASSWORD = "correct horse battery staple";
const users: string[] = [];
async function user(role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: "Account test", email: `account-${crypto.randomUUID()}@example.com`, passwordHash: await hashPassword(PASSWORD), role },
    select: { id: true, email: true },
  });
  users.push(row.id);
  return row;
}
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
});

/** A teacher's class with one assignment, the student a member who submitted an answer. */
async function classWithSubmission(teacherId: string, studentId: string) {
  const classroom = await db.classroom.create({ data: { teacherId, name: "Networks 101", joinCode: crypto.randomUUID().slice(0, 8) } });
  await db.classMember.create({ data: { classId: classroom.id, studentId } });
  const assignment = await db.assignment.create({
    data: {
      classId: classroom.id,
      teacherId,
      title: "Handshake quiz",
      concepts: ["handshake-states"],
      itemTemplates: [],
      difficulty: 1,
      opensAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
      attemptsAllowed: 1,
      showAnswers: "IMMEDIATELY",
      seedKey: "k",
    },
  });
  const submission = await db.assignmentSubmission.create({ data: { assignmentId: assignment.id, studentId, attempt: 1, submittedAt: new Date(), score: 1 } });
  await db.assignmentAnswer.create({
    data: {
      submissionId: submission.id,
      itemIndex: 0,
      studentId,
      templateId: "t",
      concept: "handshake-states",
      seed: 1,
      difficulty: 1,
      response: { kind: "number", value: 1 },
      correct: true,
    },
  });
  return { classroom, assignment, submission };
}

describe("account settings", () => {
  it("saves the name and language", async () => {
    const { id } = await user();
    await updateProfile({ userId: id, name: "Ada", locale: "zh" });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { name: true, locale: true } })).toEqual({ name: "Ada", locale: "zh" });
  });

  it("changes the email only with the right password, and never to another account's address", async () => {
    const a = await user();
    const b = await user();
    const fresh = `fresh-${crypto.randomUUID()}@example.com`;
    await expect(changeEmail({ userId: a.id, email: fresh, currentPassword: "wrong password here" })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["auth.currentPasswordWrong"] },
    });
    await expect(changeEmail({ userId: a.id, email: b.email, currentPassword: PASSWORD })).rejects.toMatchObject({
      fieldErrors: { email: ["account.emailTaken"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).email).toBe(a.email);
    await changeEmail({ userId: a.id, email: fresh, currentPassword: PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).email).toBe(fresh);
  });

  it("exports the user's own data and nothing secret", async () => {
    const teacher = await user("TEACHER");
    const student = await user();
    await classWithSubmission(teacher.id, student.id);
    await createDevice({ userId: student.id, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36", address: "203.0.113.5" });
    const data = await exportAccount(student.id);
    const text = JSON.stringify(data);
    expect(data.account).toMatchObject({ id: student.id, email: student.email });
    expect(text).toContain("Handshake quiz");
    expect(text).toContain("Chrome on Linux");
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("addressKey");
    expect(text).not.toContain(teacher.email);
    const teacherData = await exportAccount(teacher.id);
    expect(JSON.stringify(teacherData)).toContain("Networks 101");
  });

  it("deletes a student with their submissions, which leave the teacher's results; a wrong password deletes nothing", async () => {
    const teacher = await user("TEACHER");
    const student = await user();
    const { classroom, assignment } = await classWithSubmission(teacher.id, student.id);
    await db.conceptRollup.create({ data: { userId: student.id, concept: "handshake-states", attempts: 1, correct: 1, recentBits: 1, recentCount: 1 } });
    expect(await getDeletionImpact(student.id)).toMatchObject({ classes: 0, submissions: 1 });
    await expect(deleteAccount({ userId: student.id, currentPassword: "not my password" })).rejects.toBeInstanceOf(AppError);
    expect(await db.user.count({ where: { id: student.id } })).toBe(1);

    await deleteAccount({ userId: student.id, currentPassword: PASSWORD });
    expect(await db.user.count({ where: { id: student.id } })).toBe(0);
    expect(await db.assignmentSubmission.count({ where: { assignmentId: assignment.id } })).toBe(0);
    expect(await db.assignmentAnswer.count({ where: { studentId: student.id } })).toBe(0);
    expect(await db.classMember.count({ where: { classId: classroom.id } })).toBe(0);
    expect(await db.conceptRollup.count({ where: { userId: student.id } })).toBe(0);
    // The teacher's class and assignment stay.
    expect(await db.assignment.count({ where: { id: assignment.id } })).toBe(1);
  });

  it("deletes a teacher with their classes and the submissions to them; the student keeps their own mastery", async () => {
    const teacher = await user("TEACHER");
    const student = await user();
    const { classroom } = await classWithSubmission(teacher.id, student.id);
    await db.conceptRollup.create({ data: { userId: student.id, concept: "handshake-states", attempts: 1, correct: 1, recentBits: 1, recentCount: 1 } });
    expect(await getDeletionImpact(teacher.id)).toMatchObject({ classes: 1, students: 1, assignments: 1 });
    await deleteAccount({ userId: teacher.id, currentPassword: PASSWORD });
    expect(await db.classroom.count({ where: { id: classroom.id } })).toBe(0);
    expect(await db.assignmentSubmission.count({ where: { studentId: student.id } })).toBe(0);
    expect(await db.user.count({ where: { id: student.id } })).toBe(1);
    expect(await db.conceptRollup.count({ where: { userId: student.id } })).toBe(1);
  });
});
