// An assignment whose dates lie outside what the form now accepts (year 10000, written before the
// schema bounded dates) must not take its class's pages down: every reader of the row still answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { db } from "../db";
import { joinClass } from "../classes/join-class";
import { listStudentAssignments } from "../classes/list-student-assignments";
import { listStudentClasses } from "../classes/list-student-classes";
import { getStudentAssignment } from "../classes/get-student-assignment";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { getTeacherAssignment } from "./get-teacher-assignment";
import { getTeacherClass } from "./get-teacher-class";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({ data: { name: label, email: `${label}-${crypto.randomUUID()}@example.com`, role }, select: { id: true } });
  created.push(row.id);
  return row.id;
}

let teacher: string, student: string, classId: string, assignmentId: string;

beforeAll(async () => {
  [teacher, student] = await Promise.all([user("teacher", "TEACHER"), user("student")]);
  const klass = await createClass({ teacherId: teacher, name: "Far future" });
  classId = klass.id;
  await joinClass({ studentId: student, code: klass.joinCode });
  const input = createAssignmentSchema.parse({
    classId,
    title: "Due in 9999",
    selection: "templates",
    templates: [listTemplates()[0]!.id],
    questionCount: "1",
    difficulty: "1",
    attemptsAllowed: "1",
    showAnswers: "IMMEDIATELY",
    opensAt: "2020-01-01T00:00",
    dueAt: "2090-01-01T00:00",
    tzOffset: "0",
  });
  ({ id: assignmentId } = await createAssignment({ teacherId: teacher, input }));
  // What a browser west of UTC made of 12/31/9999 11:59 PM before the bound existed.
  await db.$executeRaw`UPDATE "Assignment" SET "dueAt" = '10000-01-01 05:59:00' WHERE id = ${assignmentId}`;
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("an assignment stored with a due date in year 10000", () => {
  it("still lets the teacher's class and assignment pages load", async () => {
    const klass = await getTeacherClass({ teacherId: teacher, classId });
    expect(klass?.assignments.map((a) => a.id)).toContain(assignmentId);
    const assignment = await getTeacherAssignment({ teacherId: teacher, assignmentId, locale: "en" });
    expect(assignment?.id).toBe(assignmentId);
    expect(JSON.stringify(klass)).not.toContain("Invalid");
  });

  it("still lets the student's lists and the assignment itself load", async () => {
    expect((await listStudentClasses(student)).length).toBe(1);
    const list = await listStudentAssignments({ studentId: student });
    expect(list.map((a) => a.id)).toContain(assignmentId);
    const assignment = await getStudentAssignment({ studentId: student, assignmentId, locale: "en" });
    expect(assignment).not.toBeNull();
  });
});
