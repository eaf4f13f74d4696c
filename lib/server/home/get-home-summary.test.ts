// Integration test against the real PostgreSQL database: the home page's one statement.
import { afterAll, beforeEach, expect, it } from "vitest";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { newCardSnapshot } from "@/lib/flashcards/scheduler";
import { db } from "../db";
import { columnsOf } from "../flashcards/card-state";
import { holdCard } from "../flashcards/holds";
import { saveFlashcardSettings } from "../flashcards/settings";
import { recordConceptOutcome } from "../mastery/concept-rollup";
import { createTestUser } from "../practice/testing";
import { getHomeSummary } from "./get-home-summary";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 10:00 in Shanghai.
const now = new Date("2026-05-04T02:00:00.000Z");
const users: string[] = [];
let studentId: string;
let teacherId: string;

beforeEach(async () => {
  const student = await createTestUser(db, "home-student");
  const teacher = await createTestUser(db, "home-teacher");
  users.push(student.id, teacher.id);
  studentId = student.id;
  teacherId = teacher.id;
});

afterAll(async () => {
  await db.classroom.deleteMany({ where: { teacherId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

async function assignment(classId: string, title: string, dueInHours: number) {
  return db.assignment.create({
    data: {
      classId,
      teacherId,
      title,
      concepts: ["handshake-states"],
      itemTemplates: ["handshake-state-after-step", "handshake-state-order"],
      difficulty: 1,
      opensAt: new Date(now.getTime() - DAY),
      dueAt: new Date(now.getTime() + dueInHours * HOUR),
      attemptsAllowed: 1,
      showAnswers: "IMMEDIATELY",
      seedKey: "k",
    },
  });
}

it("knows nothing of a new learner but where to start", async () => {
  const home = await getHomeSummary({ userId: studentId, timeZone: "UTC", now });
  expect(home.cards).toEqual({ due: 0, new: 20 });
  expect(home.next).toEqual({ code: "start", concept: "handshake-states" });
  expect(home.weakest).toBeNull();
  expect(home.assignments).toEqual([]);
  expect(home.streaks).toEqual({ current: 0, longest: 0, activeToday: false });
});

it("counts due cards without held ones, the path, the weakest concept, assignments due soon and the streak", async () => {
  await saveFlashcardSettings(studentId, { timeZone: "Asia/Shanghai", newCardsPerDay: 3 });
  const [a, b, c] = ALL_CARD_IDS;
  for (const cardId of [a!, b!, c!]) {
    await db.flashcardState.create({ data: { userId: studentId, cardId, ...columnsOf({ ...newCardSnapshot(now), due: new Date(now.getTime() - HOUR) }) } });
  }
  await holdCard({ userId: studentId, cardId: c!, action: "suspend", now });
  // One new card introduced earlier today in Shanghai (00:30 local), one yesterday.
  for (const reviewedAt of [new Date("2026-05-03T16:30:00.000Z"), new Date("2026-05-03T15:00:00.000Z")]) {
    await db.flashcardReview.create({
      data: {
        userId: studentId,
        cardId: a!,
        rating: 3,
        reviewedAt,
        logState: 0,
        logDue: reviewedAt,
        logStability: 0,
        logDifficulty: 0,
        logElapsedDays: 0,
        logLastElapsedDays: 0,
        logScheduledDays: 0,
        logLearningSteps: 0,
        nextDue: now,
        nextState: 1,
        versionAfter: 1,
      },
    });
  }

  // Passed the handshake's states, weak on its numbers.
  for (const [i, correct] of [true, true, true].entries())
    await recordConceptOutcome(db, { userId: studentId, concept: "handshake-states", correct, answeredAt: new Date(now.getTime() - (10 - i) * HOUR) });
  await recordConceptOutcome(db, { userId: studentId, concept: "handshake-numbers", correct: false, answeredAt: new Date(now.getTime() - HOUR) });
  // Practice on three days in a row, in the learner's zone (the streak counts answers and reviews).
  for (const daysAgo of [0, 1, 2]) {
    const question = await db.practiceQuestion.create({
      data: { userId: studentId, templateId: "handshake-state-after-step", concept: "handshake-states", seed: daysAgo, difficulty: 1, locale: "en" },
    });
    await db.practiceAttempt.create({
      data: {
        questionId: question.id,
        userId: studentId,
        templateId: "handshake-state-after-step",
        concept: "handshake-states",
        difficulty: 1,
        response: {},
        correct: true,
        timeTakenMs: 1,
        createdAt: new Date(now.getTime() - daysAgo * DAY),
      },
    });
  }

  const classroom = await db.classroom.create({ data: { teacherId, name: "Networks 101", joinCode: crypto.randomUUID().slice(0, 8) } });
  await db.classMember.create({ data: { classId: classroom.id, studentId } });
  const soon = await assignment(classroom.id, "Due tomorrow", 24);
  const done = await assignment(classroom.id, "Handed in", 48);
  await assignment(classroom.id, "Next month", 24 * 30);
  await assignment(classroom.id, "Long gone", -24 * 5);
  const missed = await assignment(classroom.id, "Missed yesterday", -24);
  await db.assignmentSubmission.create({ data: { assignmentId: done.id, studentId, attempt: 1, submittedAt: now, score: 2 } });
  // Another class's assignment never shows.
  const other = await db.classroom.create({ data: { teacherId, name: "Not theirs", joinCode: crypto.randomUUID().slice(0, 8) } });
  await assignment(other.id, "Someone else's", 24);

  const home = await getHomeSummary({ userId: studentId, timeZone: "Asia/Shanghai", now });
  expect(home.cards).toEqual({ due: 2, new: 2 });
  expect(home.next).toMatchObject({ code: "path", concept: "handshake-numbers", previous: "handshake-states" });
  expect(home.weakest).toEqual({ concept: "handshake-numbers", mastery: 0 });
  expect(home.assignments.map((x) => [x.title, x.status, x.score])).toEqual([
    ["Missed yesterday", "late", null],
    ["Due tomorrow", "not-started", null],
    ["Handed in", "graded", 2],
  ]);
  expect(home.assignments.map((x) => x.id)).toEqual([missed.id, soon.id, done.id]);
  expect(home.assignments[1]).toMatchObject({ className: "Networks 101", itemCount: 2, dueAt: new Date(now.getTime() + DAY).toISOString() });
  expect(home.streaks).toEqual({ current: 3, longest: 3, activeToday: true });
  expect(home.today).toBe("2026-05-04");
});
