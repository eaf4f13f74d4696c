// Integration test against the real PostgreSQL database: a hint for an assignment item is
// recorded, marks the answer, reaches the teacher's results and the student's work, and is refused
// to anyone else, after the answer and after submitting.
import { afterAll, beforeAll, expect, it } from "vitest";
import { answerFor } from "@/lib/questions";
import { hintFor } from "@/lib/questions/hints";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { db } from "../db";
import { AppError } from "../errors";
import { createAssignment } from "../teach/create-assignment";
import { createClass } from "../teach/create-class";
import { getAssignmentResults } from "../teach/get-assignment-results";
import { getStudentWork } from "../teach/get-student-work";
import { variantItems } from "../teach/variant";
import { answerAssignmentItem } from "./answer-assignment-item";
import { getStudentAssignment } from "./get-student-assignment";
import { joinClass } from "./join-class";
import { revealAssignmentHint } from "./reveal-assignment-hint";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}

let teacher: string, ada: string, bob: string, assignmentId: string;

beforeAll(async () => {
  [teacher, ada, bob] = await Promise.all([user("hint-teacher", "TEACHER"), user("hint-ada"), user("hint-bob")]);
  const { id: classId, joinCode } = await createClass({ teacherId: teacher, name: "Hints 101" });
  await joinClass({ studentId: ada, code: joinCode });
  await joinClass({ studentId: bob, code: joinCode });
  const input = createAssignmentSchema.parse({
    classId,
    title: "With hints",
    selection: "templates",
    templates: ["handshake-synack-ack"],
    questionCount: "2",
    difficulty: "1",
    attemptsAllowed: "1",
    showAnswers: "IMMEDIATELY",
    opensAt: "2020-01-01T00:00",
    dueAt: "2099-01-01T00:00",
    tzOffset: "0",
  });
  ({ id: assignmentId } = await createAssignment({ teacherId: teacher, input }));
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : "other"),
  );

it("records a hint before the answer and shows it to the teacher, for that item only", async () => {
  // No attempt under way yet: nothing to hint.
  expect(await codeOf(revealAssignmentHint({ studentId: ada, assignmentId, itemIndex: 0, locale: "en" }))).toBe("CONFLICT");
  await startAttempt({ studentId: ada, assignmentId });
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { classroom: true } });
  const [first, second] = variantItems({ ...row, authored: new Map() }, ada, 1);

  // Not sent before it is asked for.
  const before = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
  expect(before?.current?.items.map((i) => i.question.hint)).toEqual([undefined, undefined]);

  const shown = await revealAssignmentHint({ studentId: ada, assignmentId, itemIndex: 0, locale: "zh" });
  expect(shown).toEqual({ index: 0, hint: hintFor(first!.question).zh });
  // Bob is in the class but this is Ada's attempt: he has none open.
  expect(await codeOf(revealAssignmentHint({ studentId: bob, assignmentId, itemIndex: 0, locale: "en" }))).toBe("CONFLICT");
  expect(await codeOf(revealAssignmentHint({ studentId: teacher, assignmentId, itemIndex: 0, locale: "en" }))).toBe("NOT_FOUND");
  expect(await codeOf(revealAssignmentHint({ studentId: ada, assignmentId, itemIndex: 5, locale: "en" }))).toBe("NOT_FOUND");

  // After a reload the hint is there again.
  const reloaded = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
  expect(reloaded?.current?.items[0]?.question.hint).toBe(hintFor(first!.question).en);

  await answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: 0, response: answerFor(first!.question), locale: "en" });
  await answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: 1, response: answerFor(second!.question), locale: "en" });
  expect(await codeOf(revealAssignmentHint({ studentId: ada, assignmentId, itemIndex: 1, locale: "en" }))).toBe("CONFLICT");
  const answers = await db.assignmentAnswer.findMany({ where: { studentId: ada }, orderBy: { itemIndex: "asc" }, select: { hintUsed: true } });
  expect(answers.map((a) => a.hintUsed)).toEqual([true, false]);

  await submitAttempt({ studentId: ada, assignmentId });
  const results = await getAssignmentResults({ teacherId: teacher, assignmentId, locale: "en" });
  expect(results?.rows.find((r) => r.studentId === ada)).toMatchObject({ score: 2, hintsUsed: 1 });
  expect(results?.rows.find((r) => r.studentId === bob)?.hintsUsed).toBe(0);
  // The attempts the teacher's edit and delete buttons respect: what the attempts' table holds.
  expect(results?.attemptCount).toBe(await db.assignmentSubmission.count({ where: { assignmentId } }));
  expect(results?.attemptCount).toBeGreaterThan(0);
  const work = await getStudentWork({ teacherId: teacher, assignmentId, studentId: ada, locale: "en" });
  expect(work?.attempts[0]?.answers.map((a) => a.hintUsed)).toEqual([true, false]);
});
