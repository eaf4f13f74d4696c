// Integration tests (real PostgreSQL) of what teachers manage: the time limit per attempt by the
// server's clock, what an edit may change once a student has started, open now and close now,
// archiving and deleting a class, the roster invitation, the gradebook, and another teacher
// refused everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, listTemplates } from "@/lib/questions";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { editAssignmentSchema } from "@/lib/schemas/teach-manage";
import { db } from "../db";
import { AppError } from "../errors";
import { answerAssignmentItem } from "../classes/answer-assignment-item";
import { getStudentAssignment } from "../classes/get-student-assignment";
import { joinClass } from "../classes/join-class";
import { listStudentAssignments } from "../classes/list-student-assignments";
import { listStudentClasses } from "../classes/list-student-classes";
import { startAttempt } from "../classes/start-attempt";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { getAssignmentResults } from "./get-assignment-results";
import { getClassGradebook } from "./get-class-gradebook";
import { inviteRoster } from "./invite-roster";
import { closeAssignmentNow, deleteAssignment, editAssignment, openAssignmentNow } from "./manage-assignment";
import { deleteClass, renameClass, setClassArchived } from "./manage-class";
import { variantItems } from "./variant";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true, email: true },
  });
  created.push(row.id);
  return row;
}

const MINUTE = 60_000;
const template = listTemplates().find((t) => t.kind === "number")!;
const assignmentInput = (classId: string, overrides: Record<string, unknown> = {}) =>
  createAssignmentSchema.parse({
    classId,
    title: "Quiz",
    selection: "templates",
    templates: [template.id],
    questionCount: "2",
    difficulty: "1",
    attemptsAllowed: "2",
    showAnswers: "IMMEDIATELY",
    opensAt: "2020-01-01T00:00",
    dueAt: "2099-01-01T00:00",
    tzOffset: "0",
    ...overrides,
  });
const edit = (assignmentId: string, overrides: Record<string, unknown> = {}) =>
  editAssignmentSchema.parse({
    assignmentId,
    title: "Quiz, renamed",
    attemptsAllowed: "2",
    showAnswers: "AFTER_DUE",
    dueAt: "2098-06-01T12:00",
    tzOffset: "0",
    ...overrides,
  });

let teacher: string, otherTeacher: string, ada: { id: string; email: string }, bob: { id: string; email: string };
let classId: string, joinCode: string;

beforeAll(async () => {
  teacher = (await user("teacher", "TEACHER")).id;
  otherTeacher = (await user("other", "TEACHER")).id;
  [ada, bob] = await Promise.all([user("ada"), user("bob")]);
  ({ id: classId, joinCode } = await createClass({ teacherId: teacher, name: "Quiz class" }));
  await joinClass({ studentId: ada.id, code: joinCode });
  await joinClass({ studentId: bob.id, code: joinCode });
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

const expectAppError = async (promise: Promise<unknown>, code: string, messageKey?: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
};

async function itemOf(assignmentId: string, studentId: string, index: number) {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId, studentId }, orderBy: { attempt: "desc" } });
  return variantItems(row, studentId, submission.attempt)[index]!;
}

describe("a time limit per attempt", () => {
  it("takes answers until the limit and refuses them after it, by the server's clock", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, { timeLimitMinutes: "10" }) });
    const start = new Date();
    await startAttempt({ studentId: ada.id, assignmentId: id, now: start });
    const view = await getStudentAssignment({ studentId: ada.id, assignmentId: id, locale: "en", now: new Date(start.getTime() + MINUTE) });
    expect(view!.deadline).toBe(new Date(start.getTime() + 10 * MINUTE).toISOString());
    const first = await itemOf(id, ada.id, 0);
    const inTime = await answerAssignmentItem({
      studentId: ada.id,
      assignmentId: id,
      itemIndex: 0,
      response: answerFor(first.question),
      locale: "en",
      now: new Date(start.getTime() + 9 * MINUTE),
    });
    expect(inTime.result?.correct).toBe(true);
    const second = await itemOf(id, ada.id, 1);
    await expectAppError(
      answerAssignmentItem({
        studentId: ada.id,
        assignmentId: id,
        itemIndex: 1,
        response: answerFor(second.question),
        locale: "en",
        now: new Date(start.getTime() + 10 * MINUTE + 1000),
      }),
      "FORBIDDEN",
      "manage.timeUp",
    );
    expect(await db.assignmentAnswer.count({ where: { submission: { assignmentId: id }, itemIndex: 1 } })).toBe(0);
    // The attempt ended when the time ran out, scored on what was answered in time.
    const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: id, studentId: ada.id } });
    expect(submission.submittedAt?.getTime()).toBe(start.getTime() + 10 * MINUTE);
    expect(submission.score).toBe(1);
  });

  it("shows the student the review, not the runner, once their time has run out", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, { timeLimitMinutes: "5", attemptsAllowed: "2" }) });
    const start = new Date();
    await startAttempt({ studentId: ada.id, assignmentId: id, now: start });
    const during = await getStudentAssignment({ studentId: ada.id, assignmentId: id, locale: "en", now: new Date(start.getTime() + 4 * MINUTE) });
    expect([during!.current?.attempt, during!.review]).toEqual([1, null]);
    const after = await getStudentAssignment({ studentId: ada.id, assignmentId: id, locale: "en", now: new Date(start.getTime() + 6 * MINUTE) });
    expect([after!.current, after!.review?.attempt, after!.review?.score, after!.canStart]).toEqual([null, 1, 0, true]);
    const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: id, studentId: ada.id } });
    expect(submission.submittedAt?.getTime()).toBe(start.getTime() + 5 * MINUTE);
  });
});

describe("editing an assignment", () => {
  it("changes everything before anyone starts, only title, due, attempts and answers after", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId) });
    await editAssignment({ teacherId: teacher, input: edit(id, { difficulty: "3", timeLimitMinutes: "15", opensAt: "2021-01-01T00:00" }) });
    let row = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.difficulty, row.timeLimitMinutes, row.showAnswers]).toEqual(["Quiz, renamed", 3, 15, "AFTER_DUE"]);

    await startAttempt({ studentId: bob.id, assignmentId: id });
    await expectAppError(editAssignment({ teacherId: teacher, input: edit(id, { difficulty: "1" }) }), "CONFLICT", "manage.lockedAfterStart");
    await expectAppError(editAssignment({ teacherId: teacher, input: edit(id, { timeLimitMinutes: "" }) }), "CONFLICT", "manage.lockedAfterStart");
    // Sending a locked field unchanged is fine; the free ones change.
    await editAssignment({ teacherId: teacher, input: edit(id, { title: "Quiz 2", difficulty: "3", attemptsAllowed: "3", showAnswers: "NEVER" }) });
    row = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.difficulty, row.timeLimitMinutes, row.attemptsAllowed, row.showAnswers]).toEqual(["Quiz 2", 3, 15, 3, "NEVER"]);
    await startAttempt({ studentId: bob.id, assignmentId: id, now: new Date(Date.now() + 20 * MINUTE) });
    await expectAppError(editAssignment({ teacherId: teacher, input: edit(id, { attemptsAllowed: "1" }) }), "INVALID_INPUT");
  });

  it("refuses another teacher's edit, open, close and delete as not found", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId) });
    await expectAppError(editAssignment({ teacherId: otherTeacher, input: edit(id) }), "NOT_FOUND");
    await expectAppError(openAssignmentNow({ teacherId: otherTeacher, assignmentId: id }), "NOT_FOUND");
    await expectAppError(closeAssignmentNow({ teacherId: otherTeacher, assignmentId: id }), "NOT_FOUND");
    await expectAppError(deleteAssignment({ teacherId: otherTeacher, assignmentId: id }), "NOT_FOUND");
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Quiz", closedAt: null });
  });
});

describe("open now and close now", () => {
  it("close now submits work under way and refuses more; open now takes work again", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, { opensAt: "2098-01-01T00:00" }) });
    await expectAppError(startAttempt({ studentId: ada.id, assignmentId: id }), "FORBIDDEN", "teach.notOpenYet");
    await openAssignmentNow({ teacherId: teacher, assignmentId: id });
    await startAttempt({ studentId: ada.id, assignmentId: id });
    const item = await itemOf(id, ada.id, 0);
    await answerAssignmentItem({ studentId: ada.id, assignmentId: id, itemIndex: 0, response: answerFor(item.question), locale: "en" });

    expect(await closeAssignmentNow({ teacherId: teacher, assignmentId: id })).toEqual({ submitted: 1 });
    const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: id, studentId: ada.id } });
    expect([submission.submittedAt !== null, submission.score]).toEqual([true, 1]);
    await expectAppError(startAttempt({ studentId: bob.id, assignmentId: id }), "FORBIDDEN", "manage.closedEarly");
    expect((await getStudentAssignment({ studentId: bob.id, assignmentId: id, locale: "en" }))!.closedEarly).toBe(true);
    await expectAppError(closeAssignmentNow({ teacherId: teacher, assignmentId: id }), "CONFLICT", "manage.alreadyClosed");

    await openAssignmentNow({ teacherId: teacher, assignmentId: id });
    expect(await startAttempt({ studentId: bob.id, assignmentId: id })).toEqual({ attempt: 1 });
  });

  it("will not reopen past the due time", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, { dueAt: "2021-01-01T00:00" }) });
    await expectAppError(openAssignmentNow({ teacherId: teacher, assignmentId: id }), "CONFLICT", "manage.openPastDue");
  });
});

describe("classes", () => {
  it("archived: gone from students' lists, nobody joins, no work, read-only; unarchived: back", async () => {
    const spare = await createClass({ teacherId: teacher, name: "Spare class" });
    await joinClass({ studentId: ada.id, code: spare.joinCode });
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(spare.id, { title: "Archived quiz" }) });
    await startAttempt({ studentId: ada.id, assignmentId: id });

    await expectAppError(setClassArchived({ teacherId: otherTeacher, classId: spare.id, archived: true }), "NOT_FOUND");
    await setClassArchived({ teacherId: teacher, classId: spare.id, archived: true });
    expect((await listStudentClasses(ada.id)).map((c) => c.name)).not.toContain("Spare class");
    expect((await listStudentAssignments({ studentId: ada.id })).map((a) => a.title)).not.toContain("Archived quiz");
    expect((await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId: id } })).submittedAt).not.toBeNull();
    await expectAppError(joinClass({ studentId: bob.id, code: spare.joinCode }), "CONFLICT", "manage.joinArchived");
    await expectAppError(startAttempt({ studentId: ada.id, assignmentId: id }), "FORBIDDEN");
    await expectAppError(renameClass({ teacherId: teacher, classId: spare.id, name: "New" }), "CONFLICT", "manage.classArchivedReadOnly");
    await expectAppError(createAssignment({ teacherId: teacher, input: assignmentInput(spare.id) }), "CONFLICT", "manage.classArchivedReadOnly");
    // The student may still open what they did, read-only.
    expect((await getStudentAssignment({ studentId: ada.id, assignmentId: id, locale: "en" }))!.window).toBe("closed");

    await setClassArchived({ teacherId: teacher, classId: spare.id, archived: false });
    await renameClass({ teacherId: teacher, classId: spare.id, name: "Spare class, renamed" });
    expect((await listStudentClasses(ada.id)).map((c) => c.name)).toContain("Spare class, renamed");
  });

  it("deletes a class with its assignments and work, only for its teacher", async () => {
    const doomed = await createClass({ teacherId: teacher, name: "Doomed" });
    await joinClass({ studentId: bob.id, code: doomed.joinCode });
    const { id } = await createAssignment({ teacherId: teacher, input: assignmentInput(doomed.id) });
    await startAttempt({ studentId: bob.id, assignmentId: id });
    await expectAppError(deleteClass({ teacherId: otherTeacher, classId: doomed.id }), "NOT_FOUND");
    await expectAppError(renameClass({ teacherId: otherTeacher, classId: doomed.id, name: "Mine now" }), "NOT_FOUND");
    await deleteClass({ teacherId: teacher, classId: doomed.id });
    expect(await db.classroom.count({ where: { id: doomed.id } })).toBe(0);
    expect(await db.assignmentSubmission.count({ where: { assignmentId: id } })).toBe(0);
    expect(await db.user.count({ where: { id: bob.id } })).toBe(1);
  });
});

describe("inviting a roster", () => {
  it("reads the addresses, names bad lines by number and marks who is already in", async () => {
    const invited = await inviteRoster({ teacherId: teacher, classId, text: `${ada.email.toUpperCase()}\nnew.student@example.com\nnobody at all\n` });
    expect(invited.joinCode).toBe(joinCode);
    expect(invited.invites).toEqual([
      { email: ada.email.toLowerCase(), alreadyMember: true },
      { email: "new.student@example.com", alreadyMember: false },
    ]);
    expect(invited.bad.map((b) => b.line)).toEqual([3]);
    await expectAppError(inviteRoster({ teacherId: otherTeacher, classId, text: "a@example.com" }), "NOT_FOUND");
    await expectAppError(inviteRoster({ teacherId: teacher, classId, text: "\n \n" }), "INVALID_INPUT");
  });
});

describe("the gradebook", () => {
  it("has every student by every assignment with totals, for the class's teacher only", async () => {
    const book = await getClassGradebook({ teacherId: teacher, classId });
    expect(book!.students.map((s) => s.studentId).sort()).toEqual([ada.id, bob.id].sort());
    const adaRow = book!.students.find((s) => s.studentId === ada.id)!;
    expect(adaRow.cells).toHaveLength(book!.assignments.length);
    expect(adaRow.total).toBe(adaRow.cells.reduce((sum, c) => sum + (c.score ?? 0), 0));
    expect(adaRow.max).toBe(book!.assignments.reduce((sum, a) => sum + a.itemCount, 0));
    expect(adaRow.total).toBeGreaterThanOrEqual(2);
    expect(await getClassGradebook({ teacherId: otherTeacher, classId })).toBeNull();
    const results = await getAssignmentResults({ teacherId: otherTeacher, assignmentId: book!.assignments[0]!.id, locale: "en" });
    expect(results).toBeNull();
  });
});
