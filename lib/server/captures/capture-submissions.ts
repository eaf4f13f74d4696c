import "server-only";
import { effectiveDueAt, workWindow, type Window } from "@/lib/teach/status";
import { db } from "../db";
import { AppError } from "../errors";
import { getSavedCaptureBytes } from "./saved-captures";

/**
 * Captures handed in for an assignment (issue 14: "stored captures are private to their owner and
 * their teachers' assignments"). A teacher asks for one by giving an assignment a capture task; a
 * student of the class hands in a copy of one of their saved captures while the assignment is open;
 * the assignment's teacher reads the hand-ins of the class's current members. Every query puts
 * the owner in its where clause: the teacher's id on the assignment, the student's membership.
 */

export interface HandInSummary {
  name: string;
  size: number;
  handedInAt: string;
}

/** Sets (or, with null, clears) the assignment's capture task. Only the assignment's teacher. */
export async function setCaptureTask({ teacherId, assignmentId, task }: { teacherId: string; assignmentId: string; task: string | null }): Promise<void> {
  const { count } = await db.assignment.updateMany({ where: { id: assignmentId, teacherId }, data: { captureTask: task } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** For the assignment's teacher: the task and each current member's hand-in (null: none yet). */
export async function getCaptureHandIns({ teacherId, assignmentId }: { teacherId: string; assignmentId: string }) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, teacherId },
    select: { captureTask: true, classroom: { select: { members: { select: { studentId: true } } } } },
  });
  if (!assignment) return null;
  // Without a task there is nothing to hand in: the page shows only the form that sets one.
  if (!assignment.captureTask) return { task: null, rows: [] };
  const memberIds = assignment.classroom.members.map((m) => m.studentId);
  const [students, handIns] = await Promise.all([
    db.user.findMany({ where: { id: { in: memberIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.captureSubmission.findMany({
      where: { assignmentId, studentId: { in: memberIds } },
      select: { studentId: true, name: true, size: true, updatedAt: true },
    }),
  ]);
  const byStudent = new Map(handIns.map((h) => [h.studentId, { name: h.name, size: h.size, handedInAt: h.updatedAt.toISOString() }]));
  return { task: assignment.captureTask, rows: students.map((s) => ({ studentId: s.id, studentName: s.name, handIn: byStudent.get(s.id) ?? null })) };
}

/** For the assignment's teacher: one current member's hand-in, the file included. Null otherwise. */
export async function getHandedInCapture({ teacherId, assignmentId, studentId }: { teacherId: string; assignmentId: string; studentId: string }) {
  const row = await db.captureSubmission.findFirst({
    where: { assignmentId, studentId, assignment: { teacherId, classroom: { members: { some: { studentId } } } } },
    select: { name: true, bytes: true, updatedAt: true, assignment: { select: { title: true } } },
  });
  if (!row) return null;
  const student = await db.user.findUnique({ where: { id: studentId }, select: { name: true } });
  return {
    name: row.name,
    bytes: new Uint8Array(row.bytes),
    handedInAt: row.updatedAt.toISOString(),
    assignmentTitle: row.assignment.title,
    studentName: student?.name ?? "",
  };
}

/** For a student of the class: the task, whether it can be handed in now, and their hand-in. Null: no task, or not theirs. */
export async function getStudentCaptureTask({
  studentId,
  assignmentId,
  now = new Date(),
}: {
  studentId: string;
  assignmentId: string;
  now?: Date;
}): Promise<{ task: string; window: Window; handIn: HandInSummary | null } | null> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { members: { some: { studentId } } } },
    select: {
      captureTask: true,
      opensAt: true,
      dueAt: true,
      extensions: { where: { studentId }, select: { dueAt: true } },
      captureSubmissions: { where: { studentId }, select: { name: true, size: true, updatedAt: true } },
    },
  });
  if (!row?.captureTask) return null;
  const handIn = row.captureSubmissions[0];
  return {
    task: row.captureTask,
    window: workWindow(row.opensAt, effectiveDueAt(row.dueAt, row.extensions[0]?.dueAt), now),
    handIn: handIn ? { name: handIn.name, size: handIn.size, handedInAt: handIn.updatedAt.toISOString() } : null,
  };
}

/**
 * Hands in a copy of one of the student's saved captures (replacing an earlier hand-in), while the
 * assignment is open for them (their extension counts).
 */
export async function handInCapture({
  studentId,
  assignmentId,
  captureId,
  now = new Date(),
}: {
  studentId: string;
  assignmentId: string;
  captureId: string;
  now?: Date;
}): Promise<HandInSummary> {
  const task = await getStudentCaptureTask({ studentId, assignmentId, now });
  if (!task) throw new AppError("NOT_FOUND");
  if (task.window !== "open") throw new AppError("CONFLICT", { messageKey: task.window === "closed" ? "captures.handInClosed" : "captures.handInNotOpen" });
  const { name, bytes } = await getSavedCaptureBytes({ userId: studentId, id: captureId });
  const data = { name, bytes: Buffer.from(bytes), size: bytes.length };
  const row = await db.captureSubmission.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, ...data },
    update: data,
    select: { name: true, size: true, updatedAt: true },
  });
  return { name: row.name, size: row.size, handedInAt: row.updatedAt.toISOString() };
}
