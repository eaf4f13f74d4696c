// Integration tests of the question bank against the real PostgreSQL database of the vitest global
// setup: owner-only reads and writes, versioning once a started assignment uses a version,
// duplicate and delete rules, authored items in assignments graded on the server with each
// student's own numbers, results and item analysis, the bank's statistics, exports and import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, type Question } from "@/lib/questions";
import { BANK_FORMAT } from "@/lib/authoring/bank-json";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { findPreset } from "@/lib/simulator/presets";
import { answerAssignmentItem } from "../classes/answer-assignment-item";
import { getStudentAssignment } from "../classes/get-student-assignment";
import { joinClass } from "../classes/join-class";
import { startAttempt } from "../classes/start-attempt";
import { submitAttempt } from "../classes/submit-attempt";
import { db } from "../db";
import { AppError } from "../errors";
import { createAssignment } from "../teach/create-assignment";
import { createClass } from "../teach/create-class";
import { getAssignmentResults } from "../teach/get-assignment-results";
import { findTeacherAssignment } from "../teach/get-teacher-assignment";
import { variantItems } from "../teach/variant";
import { exportBank, importBank } from "./bank-transfer";
import { assignmentExport, questionExport } from "./export-groups";
import { getAuthoredQuestion, listAuthoredQuestions } from "./get-question";
import { deleteAuthoredQuestion, duplicateAuthoredQuestion } from "./manage-question";
import { authoredChoice } from "./resolve-choices";
import { saveAuthoredQuestion } from "./save-question";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}

const spec = (overrides: Record<string, unknown> = {}) => ({
  title: { en: "Ack of the SYN,ACK", zh: "SYN,ACK 的确认号" },
  concept: "handshake-numbers",
  difficulty: 2,
  scenario: findPreset("handshake")!.scenario,
  ask: { kind: "segment", segment: 2, field: "ack" },
  vary: { isns: true, swapSides: true, msl: [], rto: [], dropStep: null },
  prompt: { en: "", zh: "" },
  ...overrides,
});

const expectAppError = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
};

async function save(teacherId: string, questionId: string | null, input: unknown) {
  const result = await saveAuthoredQuestion({ teacherId, questionId, spec: input });
  if (result.status !== "saved") throw new Error(JSON.stringify(result.problems));
  return result;
}

let teacher: string, other: string, ada: string, bob: string;
let classId: string, questionId: string;

beforeAll(async () => {
  [teacher, other, ada, bob] = await Promise.all([user("teacher", "TEACHER"), user("other", "TEACHER"), user("ada"), user("bob")]);
  const classroom = await createClass({ teacherId: teacher, name: "Authored 101" });
  classId = classroom.id;
  await joinClass({ studentId: ada, code: classroom.joinCode });
  await joinClass({ studentId: bob, code: classroom.joinCode });
  ({ id: questionId } = await save(teacher, null, spec()));
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.authoredQuestion.deleteMany({ where: { teacherId: { in: created } } });
  await db.conceptRollup.deleteMany({ where: { userId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("the bank", () => {
  it("keeps a question private to its teacher", async () => {
    expect((await getAuthoredQuestion({ teacherId: teacher, questionId }))?.spec.title.en).toBe("Ack of the SYN,ACK");
    expect(await getAuthoredQuestion({ teacherId: other, questionId })).toBeNull();
    expect(await listAuthoredQuestions({ teacherId: other, locale: "en" })).toEqual([]);
    await expectAppError(saveAuthoredQuestion({ teacherId: other, questionId, spec: spec() }), "NOT_FOUND");
    await expectAppError(duplicateAuthoredQuestion({ teacherId: other, questionId, copySuffix: { en: "(copy)", zh: "（副本）" } }), "NOT_FOUND");
    await expectAppError(deleteAuthoredQuestion({ teacherId: other, questionId }), "NOT_FOUND");
    expect(await questionExport({ teacherId: other, questionId, count: 2, locale: "en" })).toBeNull();
  });

  it("refuses a bad spec with its problems and changes nothing", async () => {
    const before = await db.authoredQuestionVersion.findMany({ where: { questionId } });
    const result = await saveAuthoredQuestion({
      teacherId: teacher,
      questionId,
      spec: spec({ ask: { kind: "segment", segment: 12, field: "seq" }, prompt: { en: "<script>x</script>", zh: "题" } }),
    });
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.problems.map((p) => p.path)).toEqual(["prompt.en"]);
    const pointing = await saveAuthoredQuestion({ teacherId: teacher, questionId, spec: spec({ ask: { kind: "segment", segment: 12, field: "seq" } }) });
    expect(pointing.status === "invalid" && pointing.problems[0]!.message.en).toMatch(/Segment 12 does not exist/);
    expect(await db.authoredQuestionVersion.findMany({ where: { questionId } })).toEqual(before);
  });

  it("edits in place while unused, and duplicates and deletes an unused question", async () => {
    const edited = await save(teacher, questionId, spec({ title: { en: "Ack of the SYN,ACK (edited)", zh: "SYN,ACK 的确认号（改）" } }));
    expect(edited).toMatchObject({ version: 1, newVersion: false });
    const copy = await duplicateAuthoredQuestion({ teacherId: teacher, questionId, copySuffix: { en: "(copy)", zh: "（副本）" } });
    expect((await getAuthoredQuestion({ teacherId: teacher, questionId: copy.id }))!.spec.title.en).toBe("Ack of the SYN,ACK (edited) (copy)");
    await deleteAuthoredQuestion({ teacherId: teacher, questionId: copy.id });
    expect(await db.authoredQuestion.count({ where: { id: copy.id } })).toBe(0);
  });
});

describe("authored questions in an assignment", () => {
  let assignmentId: string;
  const itemOf = async (studentId: string, index: number): Promise<Question> => {
    const row = (await findTeacherAssignment(teacher, assignmentId))!;
    return variantItems(row, studentId, 1)[index]!.question;
  };

  beforeAll(async () => {
    const input = createAssignmentSchema.parse({
      classId,
      title: "With my own question",
      selection: "templates",
      templates: [authoredChoice(questionId), "handshake-synack-ack"],
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

  it("refuses another teacher's question as an item", async () => {
    const input = createAssignmentSchema.parse({
      classId,
      title: "x",
      selection: "templates",
      templates: [authoredChoice(questionId)],
      questionCount: "1",
      difficulty: "1",
      attemptsAllowed: "1",
      showAnswers: "NEVER",
      opensAt: "2020-01-01T00:00",
      dueAt: "2099-01-01T00:00",
      tzOffset: "0",
    });
    const otherClass = await createClass({ teacherId: other, name: "Other" });
    await expectAppError(createAssignment({ teacherId: other, input: { ...input, classId: otherClass.id } }), "INVALID_INPUT");
  });

  it("gives two students their own numbers, grades on the server, and reports results and item analysis", async () => {
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const authoredIndex = row.itemTemplates.findIndex((t) => t.startsWith("authored:"));
    expect(authoredIndex).toBeGreaterThanOrEqual(0);
    expect(row.concepts).toContain("handshake-numbers");
    for (const student of [ada, bob]) await startAttempt({ studentId: student, assignmentId });
    const adaQ = await itemOf(ada, authoredIndex);
    const bobQ = await itemOf(bob, authoredIndex);
    expect(adaQ.template).toBe(row.itemTemplates[authoredIndex]);
    expect(adaQ.key).not.toEqual(bobQ.key);

    const shown = await getStudentAssignment({ studentId: ada, assignmentId, locale: "zh" });
    const shownItem = shown!.current!.items[authoredIndex]!;
    expect(shownItem.question.templateTitle).toBe("SYN,ACK 的确认号（改）");
    expect(JSON.stringify(shownItem.question)).not.toContain(String(answerFor(adaQ).kind === "number" && (answerFor(adaQ) as { value: number }).value));

    const adaSaved = await answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: authoredIndex, response: answerFor(adaQ), locale: "en" });
    expect(adaSaved.result?.correct).toBe(true);
    // Bob answers with Ada's key: wrong for his own variant.
    const bobSaved = await answerAssignmentItem({ studentId: bob, assignmentId, itemIndex: authoredIndex, response: answerFor(adaQ), locale: "en" });
    expect(bobSaved.result?.correct).toBe(false);
    for (const student of [ada, bob]) await submitAttempt({ studentId: student, assignmentId });

    const results = (await getAssignmentResults({ teacherId: teacher, assignmentId, locale: "en" }))!;
    expect(results.itemStats[authoredIndex]).toMatchObject({ templateTitle: "Ack of the SYN,ACK (edited)", students: 2, correct: 1, shareCorrect: 0.5 });
    const bank = await listAuthoredQuestions({ teacherId: teacher, locale: "en" });
    expect(bank.find((q) => q.id === questionId)).toMatchObject({ assignments: 1, answers: 2, shareCorrect: 0.5 });
  });

  it("versions a question used by a started assignment instead of changing it under students", async () => {
    const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const index = row.itemTemplates.findIndex((t) => t.startsWith("authored:"));
    const before = await itemOf(ada, index);
    const saved = await save(
      teacher,
      questionId,
      spec({ title: { en: "Ack, version 2", zh: "确认号（第二版）" }, ask: { kind: "segment", segment: 3, field: "seq" } }),
    );
    expect(saved).toMatchObject({ version: 2, newVersion: true });
    // The assignment still names version 1, and Ada's item is exactly what it was.
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).itemTemplates).toEqual(row.itemTemplates);
    expect(await itemOf(ada, index)).toEqual(before);
    const current = (await getAuthoredQuestion({ teacherId: teacher, questionId }))!;
    expect(current.spec.title.en).toBe("Ack, version 2");
    expect(current.frozen).toBe(false);
    expect(current.usedBy.map((u) => u.assignmentId)).toEqual([assignmentId]);
    await expectAppError(deleteAuthoredQuestion({ teacherId: teacher, questionId }), "CONFLICT");
  });

  it("exports the question and the assignment with variants per item", async () => {
    const q = (await questionExport({ teacherId: teacher, questionId, count: 3, locale: "en" }))!;
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0]!.questions).toHaveLength(3);
    const a = (await assignmentExport({ teacherId: teacher, assignmentId, count: 2, locale: "zh" }))!;
    expect(a.groups.map((g) => g.questions.length)).toEqual([2, 2]);
    expect(await assignmentExport({ teacherId: other, assignmentId, count: 2, locale: "en" })).toBeNull();
  });
});

describe("bank files", () => {
  it("exports the bank and imports it for another teacher, all or nothing", async () => {
    const file = await exportBank({ teacherId: teacher });
    expect(file.questions.length).toBeGreaterThanOrEqual(1);
    const imported = await importBank({ teacherId: other, text: JSON.stringify(file) });
    expect(imported).toEqual({ status: "imported", count: file.questions.length });
    const broken = { ...file, questions: [...file.questions, { spec: { ...file.questions[0]!.spec, ask: { kind: "segment", segment: 40, field: "seq" } } }] };
    const before = await db.authoredQuestion.count({ where: { teacherId: other } });
    const refused = await importBank({ teacherId: other, text: JSON.stringify(broken) });
    expect(refused.status === "invalid" && refused.problems[0]!.message.en).toMatch(/^Question 2: Segment 40 does not exist/);
    const huge = await importBank({
      teacherId: other,
      text: JSON.stringify({ format: BANK_FORMAT, version: 1, questions: Array.from({ length: 10_000 }, () => ({ spec: {} })) }),
    });
    expect(huge.status === "invalid" && huge.problems[0]!.message.en).toMatch(/holds 10000 questions/);
    expect(await db.authoredQuestion.count({ where: { teacherId: other } })).toBe(before);
  });
});
