// Integration test against the real PostgreSQL database: an assignment's review sends each verdict
// without its run, and getReviewDiagram gives the run of one answered item to the student who
// answered it, only once their attempt is submitted and only while answers may be shown.
import { afterAll, beforeAll, expect, it } from "vitest";
import { answerFor, grade, type Question } from "@/lib/questions";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { db } from "../db";
import { createTestUser } from "../practice/testing";
import { createAssignment } from "../teach/create-assignment";
import { createClass } from "../teach/create-class";
import { variantItems } from "../teach/variant";
import { answerAssignmentItem } from "./answer-assignment-item";
import { getReviewDiagram, getStudentAssignment } from "./get-student-assignment";
import { joinClass } from "./join-class";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const { id } = await createTestUser(db, label, role);
  created.push(id);
  return id;
}

let teacher: string, ada: string, bob: string, classId: string;

beforeAll(async () => {
  [teacher, ada, bob] = await Promise.all([user("diagram-teacher", "TEACHER"), user("diagram-ada"), user("diagram-bob")]);
  const made = await createClass({ teacherId: teacher, name: "Diagrams 101" });
  classId = made.id;
  await joinClass({ studentId: ada, code: made.joinCode });
  await joinClass({ studentId: bob, code: made.joinCode });
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

async function assignment(showAnswers: "IMMEDIATELY" | "NEVER" | "AFTER_DUE") {
  const input = createAssignmentSchema.parse({
    classId,
    title: `Runs ${showAnswers}`,
    selection: "templates",
    templates: ["handshake-synack-ack", "simultaneous-open-state"],
    questionCount: "3",
    difficulty: "1",
    attemptsAllowed: "2",
    showAnswers,
    opensAt: "2020-01-01T00:00",
    dueAt: "2099-01-01T00:00",
    tzOffset: "0",
  });
  return (await createAssignment({ teacherId: teacher, input })).id;
}

/** Ada answers the first two items of a new attempt (right, then right) and leaves the third. */
async function answerTwo(assignmentId: string): Promise<{ attempt: number; questions: Question[] }> {
  const { attempt } = await startAttempt({ studentId: ada, assignmentId });
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const questions = variantItems(row, ada, attempt).map((item) => item.question);
  for (const index of [0, 1]) {
    await answerAssignmentItem({ studentId: ada, assignmentId, itemIndex: index, response: answerFor(questions[index]!), locale: "en" });
  }
  return { attempt, questions };
}

it("sends the review without runs and gives each answered item's run to its student alone", async () => {
  const assignmentId = await assignment("IMMEDIATELY");
  const { attempt, questions } = await answerTwo(assignmentId);
  // Not submitted yet: no review, and no run for it.
  expect(await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: 0, locale: "en" })).toBeNull();
  await submitAttempt({ studentId: ada, assignmentId });

  const view = await getStudentAssignment({ studentId: ada, assignmentId, locale: "en" });
  const reviewed = view!.review!.items;
  expect(reviewed.map((item) => item.result?.correct ?? null)).toEqual([true, true, null]);
  for (const item of reviewed) expect(JSON.stringify(item.result)).not.toContain('"trace"');

  for (const index of [0, 1]) {
    const diagram = await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: index, locale: "en" });
    const question = questions[index]!;
    expect(diagram).toEqual(grade(question, answerFor(question), "en").explanation.diagram);
    expect(diagram?.trace.steps.length).toBeGreaterThan(0);
  }
  // The unanswered item, an item that does not exist, another attempt number, another student.
  expect(await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: 2, locale: "en" })).toBeNull();
  expect(await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: 7, locale: "en" })).toBeNull();
  expect(await getReviewDiagram({ studentId: ada, assignmentId, attempt: attempt + 1, itemIndex: 0, locale: "en" })).toBeNull();
  expect(await getReviewDiagram({ studentId: bob, assignmentId, attempt, itemIndex: 0, locale: "en" })).toBeNull();
  expect(await getReviewDiagram({ studentId: teacher, assignmentId, attempt, itemIndex: 0, locale: "en" })).toBeNull();
});

it("gives no run while the answers are not to be shown", async () => {
  for (const showAnswers of ["NEVER", "AFTER_DUE"] as const) {
    const assignmentId = await assignment(showAnswers);
    const { attempt } = await answerTwo(assignmentId);
    await submitAttempt({ studentId: ada, assignmentId });
    expect(await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: 0, locale: "en" })).toBeNull();
    // Once the due time has passed, an AFTER_DUE assignment shows its answers, runs included.
    const afterDue = new Date("2099-01-02T00:00:00Z");
    const later = await getReviewDiagram({ studentId: ada, assignmentId, attempt, itemIndex: 0, locale: "en", now: afterDue });
    if (showAnswers === "AFTER_DUE") expect(later?.trace.steps.length).toBeGreaterThan(0);
    else expect(later).toBeNull();
  }
});
