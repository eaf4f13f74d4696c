// Integration tests against the real PostgreSQL database: captures handed in for an assignment
// reach the assignment's teacher, for the class's current members, and nobody else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { captureTaskSchema } from "@/lib/schemas/captures";
import { createAssignmentSchema } from "@/lib/schemas/teach";
import { joinClass } from "../classes/join-class";
import { db } from "../db";
import { AppError } from "../errors";
import { createAssignment } from "../teach/create-assignment";
import { createClass } from "../teach/create-class";
import { removeStudent } from "../teach/remove-student";
import { getCaptureHandIns, getHandedInCapture, getStudentCaptureTask, handInCapture, setCaptureTask } from "./capture-submissions";
import { deleteSavedCapture, saveCapture } from "./saved-captures";

const file = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "public", "captures", "half-close.pcap")));
const created: string[] = [];
async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role },
    select: { id: true },
  });
  created.push(row.id);
  return row.id;
}
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? `${e.code} ${e.messageKey}` : String(e)),
  );
const assignmentInput = (classId: string, dueAt: string) =>
  createAssignmentSchema.parse({
    classId,
    title: "Capture homework",
    selection: "templates",
    templates: [listTemplates()[0]!.id],
    questionCount: "1",
    difficulty: "1",
    attemptsAllowed: "1",
    showAnswers: "IMMEDIATELY",
    opensAt: "2020-01-01T00:00",
    dueAt,
    tzOffset: "0",
  });

let teacher: string, otherTeacher: string, student: string, outsider: string, classId: string, assignmentId: string, closedId: string;

beforeAll(async () => {
  [teacher, otherTeacher, student, outsider] = await Promise.all([user("teacher", "TEACHER"), user("other", "TEACHER"), user("student"), user("outsider")]);
  const made = await createClass({ teacherId: teacher, name: "Capture class" });
  classId = made.id;
  await joinClass({ studentId: student, code: made.joinCode });
  ({ id: assignmentId } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, "2099-01-01T00:00") }));
  ({ id: closedId } = await createAssignment({ teacherId: teacher, input: assignmentInput(classId, "2021-01-01T00:00") }));
});

afterAll(async () => {
  await db.savedCapture.deleteMany({ where: { userId: { in: created } } });
  await db.classRemoval.deleteMany({ where: { classId } });
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
});

describe("capture hand-ins", () => {
  it("lets only the assignment's teacher set the task; an empty task asks for none", async () => {
    expect(await codeOf(setCaptureTask({ teacherId: otherTeacher, assignmentId, task: "mine now" }))).toBe("NOT_FOUND errors.notFound");
    expect(captureTaskSchema.parse({ assignmentId, task: "   " }).task).toBeNull();
    expect(captureTaskSchema.safeParse({ assignmentId, task: "a\u0000b" }).success).toBe(false);
    await setCaptureTask({ teacherId: teacher, assignmentId, task: "Capture a close\nwith tcpdump" });
    expect(await getStudentCaptureTask({ studentId: student, assignmentId })).toMatchObject({
      task: "Capture a close\nwith tcpdump",
      window: "open",
      handIn: null,
    });
    expect(await getStudentCaptureTask({ studentId: outsider, assignmentId })).toBeNull();
    expect(await getStudentCaptureTask({ studentId: student, assignmentId: closedId })).toBeNull();
  });

  it("takes a copy of the student's own saved capture while open, for their teacher only", async () => {
    await setCaptureTask({ teacherId: teacher, assignmentId, task: "Capture a half-close" });
    await setCaptureTask({ teacherId: teacher, assignmentId: closedId, task: "Too late" });
    const saved = await saveCapture({ userId: student, name: "my half-close", bytes: file });
    const theirs = await saveCapture({ userId: outsider, name: "not yours", bytes: file });

    expect(await codeOf(handInCapture({ studentId: student, assignmentId, captureId: theirs.id }))).toBe("NOT_FOUND errors.notFound");
    expect(await codeOf(handInCapture({ studentId: outsider, assignmentId, captureId: theirs.id }))).toBe("NOT_FOUND errors.notFound");
    expect(await codeOf(handInCapture({ studentId: student, assignmentId: closedId, captureId: saved.id }))).toBe("CONFLICT captures.handInClosed");

    expect(await handInCapture({ studentId: student, assignmentId, captureId: saved.id })).toMatchObject({ name: "my half-close", size: file.length });
    // The copy stays when the saved capture is deleted.
    await deleteSavedCapture({ userId: student, id: saved.id });
    const seen = await getHandedInCapture({ teacherId: teacher, assignmentId, studentId: student });
    expect(seen && Buffer.from(seen.bytes).equals(Buffer.from(file))).toBe(true);
    expect((await getCaptureHandIns({ teacherId: teacher, assignmentId }))!.rows).toEqual([
      expect.objectContaining({ studentId: student, handIn: expect.objectContaining({ name: "my half-close" }) }),
    ]);

    expect(await getHandedInCapture({ teacherId: otherTeacher, assignmentId, studentId: student })).toBeNull();
    expect(await getCaptureHandIns({ teacherId: otherTeacher, assignmentId })).toBeNull();

    // A removed student's hand-in leaves the teacher's view with them.
    await removeStudent({ teacherId: teacher, classId, studentId: student });
    expect(await getHandedInCapture({ teacherId: teacher, assignmentId, studentId: student })).toBeNull();
    expect((await getCaptureHandIns({ teacherId: teacher, assignmentId }))!.rows).toEqual([]);
    expect(await codeOf(handInCapture({ studentId: student, assignmentId, captureId: saved.id }))).toBe("NOT_FOUND errors.notFound");

    // Without a task the teacher's view has only the form: no rows, whoever is on the roster.
    await setCaptureTask({ teacherId: teacher, assignmentId, task: null });
    expect(await getCaptureHandIns({ teacherId: teacher, assignmentId })).toEqual({ task: null, rows: [] });
  });
});
