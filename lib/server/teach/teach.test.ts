// Integration tests of the teaching data layer against the real PostgreSQL database of the vitest
// global setup: variants, due times and extensions by the server's clock, one answer per item
// under concurrency, results and item analysis, the class grid, and ownership checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, generateQuestion, listTemplates, type Difficulty } from "@/lib/questions";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { db } from "../db";
import { AppError } from "../errors";
import { gradePracticeAnswer } from "../practice/grade-practice-answer";
import { wrongAnswer } from "../practice/testing";
import { answerAssignmentItem } from "../classes/answer-assignment-item";
import { getStudentAssignment } from "../classes/get-student-assignment";
import { joinClass } from "../classes/join-class";
import { listStudentAssignments } from "../classes/list-student-assignments";
import { startAttempt } from "../classes/start-attempt";
import { submitAttempt } from "../classes/submit-attempt";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { getAssignmentResults } from "./get-assignment-results";
import { getClassMasteryGrid } from "./get-class-mastery-grid";
import { getStudentWork } from "./get-student-work";
import { getTeacherClass } from "./get-teacher-class";
import { listTeacherClasses } from "./list-teacher-classes";
import { previewAssignment } from "./preview-assignment";
import { regenerateJoinCode } from "./regenerate-join-code";
import { removeStudent } from "./remove-student";
import { clearExtension, setExtension } from "./set-extension";
import { variantItems } from "./variant";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}

const HOUR = 3_600_000;
const template = listTemplates().find((t) => t.kind === "number")!;
const baseInput = (classId: string, overrides: Partial<Record<string, unknown>> = {}) => {
  const parsed = createAssignmentSchema.parse({
    classId,
    title: "Handshake numbers",
    selection: "templates",
    templates: [template.id],
    questionCount: "3",
    difficulty: "2",
    attemptsAllowed: "2",
    showAnswers: "IMMEDIATELY",
    opensAt: "2020-01-01T00:00",
    dueAt: "2099-01-01T00:00",
    tzOffset: "0",
    ...overrides,
  });
  return parsed;
};

let teacher: string, otherTeacher: string, ada: string, bob: string, outsider: string;
let classId: string, joinCode: string, assignmentId: string;

beforeAll(async () => {
  [teacher, otherTeacher, ada, bob, outsider] = await Promise.all([
    user("teacher", "TEACHER"),
    user("other-teacher", "TEACHER"),
    user("ada"),
    user("bob"),
    user("outsider"),
  ]);
  ({ id: classId, joinCode } = await createClass({ teacherId: teacher, name: "Networks 101" }));
  await joinClass({ studentId: ada, code: joinCode.toLowerCase() });
  await joinClass({ studentId: bob, code: `${joinCode.slice(0, 4)}-${joinCode.slice(4)}` });
  ({ id: assignmentId } = await createAssignment({ teacherId: teacher, input: baseInput(classId) }));
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.practiceAttempt.deleteMany({ where: { userId: { in: created } } });
  await db.practiceQuestion.deleteMany({ where: { userId: { in: created } } });
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

describe("classes", () => {
  it("lists a teacher's classes with the roster, and nobody else's", async () => {
    const mine = await listTeacherClasses(teacher);
    expect(mine.map((c) => c.name)).toEqual(["Networks 101"]);
    expect(mine[0]!.studentCount).toBe(2);
    expect(await listTeacherClasses(otherTeacher)).toEqual([]);
    const roster = (await getTeacherClass({ teacherId: teacher, classId }))!.roster.map((r) => r.studentId);
    expect(roster.sort()).toEqual([ada, bob].sort());
    expect(await getTeacherClass({ teacherId: otherTeacher, classId })).toBeNull();
  });

  it("refuses unknown codes, joins once, and regenerates a code that replaces the old one", async () => {
    await expectAppError(joinClass({ studentId: outsider, code: "ZZZZ-ZZZZ" }), "NOT_FOUND", "teach.joinCodeUnknown");
    await expectAppError(joinClass({ studentId: outsider, code: "nope" }), "INVALID_INPUT", "teach.joinCodeInvalid");
    const other = await createClass({ teacherId: teacher, name: "Spare" });
    await joinClass({ studentId: outsider, code: other.joinCode });
    await joinClass({ studentId: outsider, code: other.joinCode });
    expect(await db.classMember.count({ where: { classId: other.id } })).toBe(1);
    await expectAppError(regenerateJoinCode({ teacherId: otherTeacher, classId: other.id }), "NOT_FOUND");
    const fresh = await regenerateJoinCode({ teacherId: teacher, classId: other.id });
    expect(fresh).not.toBe(other.joinCode);
    await expectAppError(joinClass({ studentId: ada, code: other.joinCode }), "NOT_FOUND");
    await expectAppError(removeStudent({ teacherId: otherTeacher, classId: other.id, studentId: outsider }), "NOT_FOUND");
    await removeStudent({ teacherId: teacher, classId: other.id, studentId: outsider });
    expect(await db.classMember.count({ where: { classId: other.id } })).toBe(0);
  });
});

describe("variants", () => {
  it("are the same on every load and differ between students and attempts", async () => {
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const seeds = (studentId: string, attempt: number) => variantItems(row, studentId, attempt).map((i) => i.seed);
    expect(seeds(ada, 1)).toEqual(seeds(ada, 1));
    expect(seeds(ada, 1)).not.toEqual(seeds(bob, 1));
    expect(seeds(ada, 1)).not.toEqual(seeds(ada, 2));
    expect(variantItems(row, ada, 1).map((i) => i.question.template)).toEqual(row.itemTemplates);

    await startAttempt({ studentId: ada, assignmentId });
    await startAttempt({ studentId: bob, assignmentId });
    const first = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
    const again = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
    const bobs = await getStudentAssignment({ studentId: bob, assignmentId, locale: "en" });
    const prompts = (dto: typeof first) => dto!.current!.items.map((i) => i.question.prompt);
    expect(prompts(first)).toEqual(prompts(again));
    expect(prompts(first)).not.toEqual(prompts(bobs));
    // The browser never gets a seed, a key or the seed key.
    const json = JSON.stringify(first);
    for (const secret of ['"seed"', "seedKey", '"key"', "keyText", "distractors"]) expect(json).not.toContain(secret);
  });

  it("preview shows the teacher a sample with keys, and only to the assignment's teacher", async () => {
    const preview = await previewAssignment({ teacherId: teacher, assignmentId, sample: 1, locale: "zh" });
    expect(preview!.items).toHaveLength(3);
    expect(preview!.items[0]!.keyText.length).toBeGreaterThan(0);
    expect(await previewAssignment({ teacherId: otherTeacher, assignmentId, sample: 1, locale: "en" })).toBeNull();
  });
});

describe("answers", () => {
  const questionOf = async (studentId: string, index: number) => {
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId, studentId, submittedAt: null } });
    return variantItems(row, studentId, submission.attempt)[index]!;
  };

  it("records one answer per item when the same item is answered ten times at once", async () => {
    const item = await questionOf(ada, 0);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) =>
        answerAssignmentItem({
          studentId: ada,
          assignmentId,
          itemIndex: 0,
          response: n % 2 ? answerFor(item.question) : wrongAnswer(item.question),
          locale: "en",
        }),
      ),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const stored = await db.assignmentAnswer.findMany({ where: { submission: { assignmentId, studentId: ada }, itemIndex: 0 } });
    expect(stored).toHaveLength(1);
    // Every caller is told the one recorded answer.
    const responses = results.map((r) => (r.status === "fulfilled" ? JSON.stringify(r.value.response) : ""));
    expect(new Set(responses).size).toBe(1);
    expect(JSON.stringify(stored[0]!.response)).toBe(responses[0]);
  });

  it("grades against the student's own variant, not a classmate's", async () => {
    const adas = await questionOf(ada, 1);
    const bobs = await questionOf(bob, 1);
    const saved = await answerAssignmentItem({ studentId: bob, assignmentId, itemIndex: 1, response: answerFor(adas.question), locale: "en" });
    const key = answerFor(bobs.question);
    expect(saved.result?.correct).toBe(JSON.stringify(answerFor(adas.question)) === JSON.stringify(key));
    const right = await answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: 1, response: answerFor(adas.question), locale: "en" });
    expect(right.result?.correct).toBe(true);
  });

  it("refuses a malformed answer without recording it", async () => {
    await expectAppError(
      answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: 2, response: { kind: "state", state: "NOPE" }, locale: "en" }),
      "INVALID_INPUT",
      "teach.invalidAnswer",
    );
    expect(await db.assignmentAnswer.count({ where: { submission: { assignmentId, studentId: ada }, itemIndex: 2 } })).toBe(0);
  });

  it("scores on submit, refuses answers afterwards, and starts a new attempt with new numbers", async () => {
    await submitAttempt({ studentId: ada, assignmentId });
    await submitAttempt({ studentId: ada, assignmentId }); // a double click
    const submission = await db.assignmentSubmission.findFirstOrThrow({ where: { assignmentId, studentId: ada, attempt: 1 } });
    const correct = await db.assignmentAnswer.count({ where: { submissionId: submission.id, correct: true } });
    expect(submission.submittedAt).not.toBeNull();
    expect(submission.score).toBe(correct);
    await expectAppError(
      answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: 2, response: { kind: "number", value: 1 }, locale: "en" }),
      "CONFLICT",
      "teach.noAttemptOpen",
    );

    const view = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
    expect(view!.status).toBe("graded");
    expect(view!.canStart).toBe(true);
    const firstPrompts = view!.review!.items.map((i) => i.question.prompt);
    await startAttempt({ studentId: ada, assignmentId });
    const second = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
    expect(second!.current!.attempt).toBe(2);
    expect(second!.current!.items.map((i) => i.question.prompt)).not.toEqual(firstPrompts);
    await submitAttempt({ studentId: ada, assignmentId });
    await expectAppError(startAttempt({ studentId: ada, assignmentId }), "CONFLICT", "teach.noAttemptsLeft");
  });
});

describe("due times", () => {
  it("refuses answers and submits after the due time by the server's clock, except for a student with an extension", async () => {
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const { id } = await createAssignment({
      teacherId: teacher,
      input: baseInput(classId, { opensAt: iso(now - 3 * HOUR), dueAt: iso(now + HOUR), showAnswers: "AFTER_DUE", attemptsAllowed: "1" }),
    });
    await startAttempt({ studentId: ada, assignmentId: id });
    await startAttempt({ studentId: bob, assignmentId: id });
    const later = new Date(now + 2 * HOUR);

    // Before the due time: saved, but no key (answers come after the due time).
    const row = await db.assignment.findUniqueOrThrow({ where: { id } });
    const adaItem = variantItems(row, ada, 1)[0]!;
    const saved = await answerAssignmentItem({ studentId: ada, assignmentId: id, itemIndex: 0, response: answerFor(adaItem.question), locale: "en" });
    expect(saved.result).toBeNull();

    await expectAppError(
      answerAssignmentItem({ studentId: ada, assignmentId: id, itemIndex: 1, response: { kind: "number", value: 1 }, locale: "en", now: later }),
      "FORBIDDEN",
      "teach.pastDue",
    );
    await expectAppError(submitAttempt({ studentId: ada, assignmentId: id, now: later }), "FORBIDDEN", "teach.pastDue");

    await expectAppError(setExtension({ teacherId: otherTeacher, assignmentId: id, studentId: bob, dueAt: new Date(now + 5 * HOUR) }), "NOT_FOUND");
    await expectAppError(setExtension({ teacherId: teacher, assignmentId: id, studentId: outsider, dueAt: new Date(now + 5 * HOUR) }), "NOT_FOUND");
    await setExtension({ teacherId: teacher, assignmentId: id, studentId: bob, dueAt: new Date(now + 5 * HOUR) });
    const bobItem = variantItems(row, bob, 1)[0]!;
    const bobSaved = await answerAssignmentItem({
      studentId: bob,
      assignmentId: id,
      itemIndex: 0,
      response: answerFor(bobItem.question),
      locale: "en",
      now: later,
    });
    expect(bobSaved.result).toBeNull();
    await submitAttempt({ studentId: bob, assignmentId: id, now: later });

    const statuses = await listStudentAssignments({ studentId: ada, now: later });
    expect(statuses.find((a) => a.id === id)!.status).toBe("late");
    const bobView = await getStudentAssignment({ studentId: bob, assignmentId: id, locale: "en", now: later });
    expect(bobView).toMatchObject({ status: "submitted", extended: true });
    expect(bobView!.review!.items[0]!.result).toBeNull();
    // After Bob's own due time, his answers (and keys) become visible.
    const afterBobsDue = await getStudentAssignment({ studentId: bob, assignmentId: id, locale: "en", now: new Date(now + 6 * HOUR) });
    expect(afterBobsDue!.status).toBe("graded");
    expect(afterBobsDue!.review!.items[0]!.result?.correct).toBe(true);

    await clearExtension({ teacherId: teacher, assignmentId: id, studentId: bob });
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
  });

  it("refuses work before the assignment opens", async () => {
    const { id } = await createAssignment({ teacherId: teacher, input: baseInput(classId, { opensAt: "2098-01-01T00:00" }) });
    await expectAppError(startAttempt({ studentId: ada, assignmentId: id }), "FORBIDDEN", "teach.notOpenYet");
  });
});

describe("results", () => {
  it("shows the class's rows and item analysis to the assignment's teacher only", async () => {
    await submitAttempt({ studentId: bob, assignmentId });
    const results = await getAssignmentResults({ teacherId: teacher, assignmentId, locale: "zh" });
    expect(results!.rows.map((r) => r.studentId).sort()).toEqual([ada, bob].sort());
    expect(results!.submittedCount).toBe(2);
    const adaRow = results!.rows.find((r) => r.studentId === ada)!;
    expect(adaRow.attemptsUsed).toBe(2);
    expect(adaRow.timeSpentMs).toBeGreaterThanOrEqual(0);
    expect(results!.itemStats).toHaveLength(3);
    expect(results!.itemStats[0]!.students).toBe(2);
    expect(await getAssignmentResults({ teacherId: otherTeacher, assignmentId, locale: "en" })).toBeNull();

    const work = await getStudentWork({ teacherId: teacher, assignmentId, studentId: ada, locale: "en" });
    expect(work!.attempts).toHaveLength(2);
    expect(work!.attempts[0]!.answers[0]!.response).not.toBeNull();
    expect(await getStudentWork({ teacherId: otherTeacher, assignmentId, studentId: ada, locale: "en" })).toBeNull();
    expect(await getStudentWork({ teacherId: teacher, assignmentId, studentId: outsider, locale: "en" })).toBeNull();
  });

  it("hides an assignment from students outside its class", async () => {
    expect(await getStudentAssignment({ studentId: outsider, assignmentId, locale: "en" })).toBeNull();
    await expectAppError(startAttempt({ studentId: outsider, assignmentId }), "NOT_FOUND");
    await expectAppError(answerAssignmentItem({ studentId: outsider, assignmentId, itemIndex: 0, response: {}, locale: "en" }), "NOT_FOUND");
    expect(await listStudentAssignments({ studentId: outsider })).toEqual([]);
  });
});

describe("class mastery grid", () => {
  it("computes every student's mastery per concept in one query, with the practice formula", async () => {
    const grid = await getClassMasteryGrid({ teacherId: teacher, classId, locale: "en" });
    expect(grid!.students.map((s) => s.studentId).sort()).toEqual([ada, bob].sort());
    const adaCell = grid!.students.find((s) => s.studentId === ada)!.cells.find((c) => c.concept === template.concept)!;
    const answers = await db.assignmentAnswer.findMany({
      where: { studentId: ada, concept: template.concept },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(adaCell.attempts).toBe(answers.length);
    let weighted = 0;
    let weights = 1;
    answers.slice(0, 20).forEach((a, age) => {
      weights += 0.8 ** age;
      if (a.correct) weighted += 0.8 ** age;
    });
    expect(adaCell.mastery).toBeCloseTo(weighted / weights, 10);
    expect(await getClassMasteryGrid({ teacherId: otherTeacher, classId, locale: "en" })).toBeNull();
  });

  it("counts practice answers too", async () => {
    const difficulty: Difficulty = 1;
    const q = generateQuestion(template.id, 7, difficulty);
    const question = await db.practiceQuestion.create({
      data: { userId: bob, templateId: template.id, concept: q.concept, seed: 7, difficulty, locale: "en" },
    });
    // Through grading, which keeps the concept rollup the grid reads in step.
    const graded = await gradePracticeAnswer({ userId: bob, questionId: question.id, response: answerFor(q), locale: "en" });
    expect(graded.status).toBe("graded");
    const before = await db.assignmentAnswer.count({ where: { studentId: bob, concept: template.concept } });
    const grid = await getClassMasteryGrid({ teacherId: teacher, classId, locale: "en" });
    expect(grid!.students.find((s) => s.studentId === bob)!.cells.find((c) => c.concept === template.concept)!.attempts).toBe(before + 1);
  });
});
