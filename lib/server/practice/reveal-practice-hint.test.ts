// Integration test against the real PostgreSQL database: a hint before answering is recorded on
// the question, copied into the attempt, refused after the answer and to anyone else.
import { afterAll, beforeAll, expect, it } from "vitest";
import { hintFor } from "@/lib/questions/hints";
import { db } from "../db";
import { AppError } from "../errors";
import { getPracticeQuestion } from "./get-practice-question";
import { gradePracticeAnswer } from "./grade-practice-answer";
import { issueGuestQuestion } from "./issue-guest-question";
import { revealPracticeHint } from "./reveal-practice-hint";
import { createTestUser, rightAnswer, seedPracticeQuestion } from "./testing";

let ada: string;
let bob: string;

beforeAll(async () => {
  ada = (await createTestUser(db, "hint-ada")).id;
  bob = (await createTestUser(db, "hint-bob")).id;
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [ada, bob] } } });
  await db.$disconnect();
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : "other"),
  );
}

it("records the hint, keeps it through a reload, marks the attempt, and refuses it once answered", async () => {
  const { id, question } = await seedPracticeQuestion(db, { userId: ada, templateId: "handshake-synack-ack", seed: 7 });
  const first = new Date("2026-05-04T10:00:00.000Z");
  expect(await revealPracticeHint({ userId: ada, questionId: id, locale: "zh", now: first })).toEqual({ hint: hintFor(question).zh });
  // Asking again keeps the first time.
  await revealPracticeHint({ userId: ada, questionId: id, locale: "en", now: new Date(first.getTime() + 60_000) });
  expect((await db.practiceQuestion.findUniqueOrThrow({ where: { id } })).hintShownAt?.toISOString()).toBe(first.toISOString());
  expect((await getPracticeQuestion({ userId: ada, questionId: id, locale: "en" }))?.question.hint).toBe(hintFor(question).en);

  const graded = await gradePracticeAnswer({ userId: ada, questionId: id, response: rightAnswer(question), locale: "en" });
  expect(graded.status).toBe("graded");
  expect((await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } })).hintUsed).toBe(true);
  expect(await codeOf(revealPracticeHint({ userId: ada, questionId: id, locale: "en" }))).toBe("CONFLICT");
  expect((await getPracticeQuestion({ userId: ada, questionId: id, locale: "en" }))?.question.hint).toBeUndefined();
});

it("leaves an attempt without a hint unmarked, and gives no hint of another learner's question", async () => {
  const { id, question } = await seedPracticeQuestion(db, { userId: ada, templateId: "teardown-fin-ack", seed: 3 });
  expect((await getPracticeQuestion({ userId: ada, questionId: id, locale: "en" }))?.question.hint).toBeUndefined();
  expect(await codeOf(revealPracticeHint({ userId: bob, questionId: id, locale: "en" }))).toBe("NOT_FOUND");
  expect(await codeOf(revealPracticeHint({ userId: null, questionId: id, locale: "en" }))).toBe("UNAUTHENTICATED");
  expect((await db.practiceQuestion.findUniqueOrThrow({ where: { id } })).hintShownAt).toBeNull();
  await gradePracticeAnswer({ userId: ada, questionId: id, response: rightAnswer(question), locale: "en" });
  expect((await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } })).hintUsed).toBe(false);
});

it("gives a guest the hint of a sealed question, and nothing for a forged token", async () => {
  const dto = issueGuestQuestion({ templateId: "handshake-synack-ack", difficulty: 1, locale: "en" });
  const token = dto.ref.kind === "guest" ? dto.ref.token : "";
  const { hint } = await revealPracticeHint({ userId: null, token, locale: "en" });
  expect(hint).toMatch(/^Which side's number does the SYN,ACK acknowledge/);
  expect(await codeOf(revealPracticeHint({ userId: null, token: `${token.slice(0, -4)}AAAA`, locale: "en" }))).toBe("NOT_FOUND");
});
