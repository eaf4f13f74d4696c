// Findings 4 and 12 of issue 13, against the real PostgreSQL database of the vitest global setup:
// a removed student stays out until the teacher re-admits them (and then finds the work begun
// before), and a student can leave a class by themselves and join again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { getStudentAssignment } from "../classes/get-student-assignment";
import { joinClass } from "../classes/join-class";
import { leaveClass } from "../classes/leave-class";
import { listStudentClasses } from "../classes/list-student-classes";
import { startAttempt } from "../classes/start-attempt";
import { db } from "../db";
import { AppError } from "../errors";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { getTeacherClass } from "./get-teacher-class";
import { readmitStudent, removeStudent } from "./remove-student";

const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}
const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, messageKey: (error as AppError).messageKey };
};

let teacher: string, otherTeacher: string, student: string, classId: string, joinCode: string, assignmentId: string;

beforeAll(async () => {
  [teacher, otherTeacher, student] = await Promise.all([user("teacher", "TEACHER"), user("other", "TEACHER"), user("student")]);
  ({ id: classId, joinCode } = await createClass({ teacherId: teacher, name: "Removal class" }));
  const template = listTemplates().find((t) => t.kind === "number")!;
  const input = createAssignmentSchema.parse({
    classId,
    title: "Removal quiz",
    selection: "templates",
    templates: [template.id],
    questionCount: "1",
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
  await db.classRemoval.deleteMany({ where: { classId } });
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
});

describe("removing a student", () => {
  it("holds until the teacher re-admits them, and the work begun before comes back", async () => {
    await joinClass({ studentId: student, code: joinCode });
    await startAttempt({ studentId: student, assignmentId });
    await removeStudent({ teacherId: teacher, classId, studentId: student });

    // The unchanged code no longer lets them in, and the assignment is out of reach.
    expect(await codeOf(joinClass({ studentId: student, code: joinCode }))).toEqual({ code: "FORBIDDEN", messageKey: "teach.joinRemoved" });
    expect(await db.classMember.count({ where: { classId, studentId: student } })).toBe(0);
    expect(await getStudentAssignment({ studentId: student, assignmentId, locale: "en" })).toBeNull();
    const view = (await getTeacherClass({ teacherId: teacher, classId }))!;
    expect(view.roster.map((r) => r.studentId)).not.toContain(student);
    expect(view.removed.map((r) => r.studentId)).toEqual([student]);

    // Only the class's teacher re-admits.
    expect((await codeOf(readmitStudent({ teacherId: otherTeacher, classId, studentId: student }))).code).toBe("NOT_FOUND");
    await readmitStudent({ teacherId: teacher, classId, studentId: student });
    expect((await getTeacherClass({ teacherId: teacher, classId }))!.removed).toEqual([]);
    await joinClass({ studentId: student, code: joinCode });
    const back = await getStudentAssignment({ studentId: student, assignmentId, locale: "en" });
    expect(back).not.toBeNull();
    expect(await db.assignmentSubmission.count({ where: { assignmentId, studentId: student } })).toBe(1);
  });
});

describe("leaving a class", () => {
  it("takes the student off the roster, and they may join again", async () => {
    const leaver = await user("leaver");
    await joinClass({ studentId: leaver, code: joinCode });
    expect((await listStudentClasses(leaver)).map((c) => c.id)).toEqual([classId]);
    await leaveClass({ studentId: leaver, classId });
    expect(await listStudentClasses(leaver)).toEqual([]);
    expect((await getTeacherClass({ teacherId: teacher, classId }))!.roster.map((r) => r.studentId)).not.toContain(leaver);
    // Leaving is not a removal: the code works again.
    await joinClass({ studentId: leaver, code: joinCode });
    expect((await listStudentClasses(leaver)).map((c) => c.id)).toEqual([classId]);
  });

  it("touches only the caller's own membership", async () => {
    const stranger = await user("stranger");
    expect((await codeOf(leaveClass({ studentId: stranger, classId }))).code).toBe("NOT_FOUND");
  });
});
