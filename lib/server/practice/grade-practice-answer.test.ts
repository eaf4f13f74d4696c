// Integration test: stores and grades practice questions in the real PostgreSQL database of the
// vitest global setup (DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { messages } from "@/lib/i18n/messages";
import { db } from "../db";
import type { SessionUser } from "../session";
import { answerPracticeQuestion } from "./answer-practice-question";
import { createPracticeQuestion } from "./create-practice-question";
import { getPracticeQuestion } from "./get-practice-question";
import { gradePracticeAnswer } from "./grade-practice-answer";
import { createTestUser, rightAnswer, seedPracticeQuestion, wrongAnswer } from "./testing";
import { TIME_TAKEN_CAP_MS } from "./time-taken";

let ada: SessionUser;
let bob: SessionUser;
const asSessionUser = (u: { id: string; name: string; email: string }): SessionUser => ({ ...u, role: "STUDENT", locale: "en" });

beforeAll(async () => {
  ada = asSessionUser(await createTestUser(db, "ada"));
  bob = asSessionUser(await createTestUser(db, "bob"));
});

afterAll(async () => {
  const ids = [ada.id, bob.id];
  await db.practiceQuestion.deleteMany({ where: { userId: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
});

const attemptsOf = (questionId: string) => db.practiceAttempt.count({ where: { questionId } });

describe("createPracticeQuestion", () => {
  it("stores template, seed, difficulty, locale and user, and hands out only the public part", async () => {
    const template = listTemplates()[0]!;
    const dto = await createPracticeQuestion({ userId: ada.id, templateId: template.id, difficulty: 2, locale: "zh" });
    expect(dto.ref.kind).toBe("stored");
    const id = dto.ref.kind === "stored" ? dto.ref.id : "";
    const row = await db.practiceQuestion.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: ada.id, templateId: template.id, concept: template.concept, difficulty: 2, locale: "zh" });
    expect(Number.isInteger(row.seed)).toBe(true);
    expect(Date.now() - row.createdAt.getTime()).toBeLessThan(60_000);

    const json = JSON.stringify(dto);
    for (const secret of ['"key"', "keyText", "distractors", "explanation", "misconception", '"seed"']) expect(json).not.toContain(secret);
    expect(dto.locale).toBe("zh");
    expect(dto.concept).toBe(template.concept);
  });

  it("draws a different seed each time", async () => {
    const template = listTemplates()[0]!;
    const made = await Promise.all(
      Array.from({ length: 5 }, () => createPracticeQuestion({ userId: ada.id, templateId: template.id, difficulty: 1, locale: "en" })),
    );
    const ids = made.map((dto) => (dto.ref.kind === "stored" ? dto.ref.id : ""));
    const rows = await db.practiceQuestion.findMany({ where: { id: { in: ids } }, select: { seed: true } });
    expect(new Set(rows.map((r) => r.seed)).size).toBe(5);
  });
});

describe("gradePracticeAnswer", () => {
  it("grades a right answer from the stored seed and records the attempt with its time", async () => {
    const createdAt = new Date(Date.now() - 42_000);
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id, createdAt });
    const outcome = await gradePracticeAnswer({ userId: ada.id, questionId: id, response: rightAnswer(question), locale: "en" });
    expect(outcome.status).toBe("graded");
    if (outcome.status !== "graded") return;
    expect(outcome.result.correct).toBe(true);
    expect(outcome.result.misconception).toBeNull();
    expect(outcome.result.recorded).toBe(true);
    expect(outcome.result.explanation.rfc).toBe(question.explanation.rfc);
    expect(outcome.result.explanation.simulatorHref).toMatch(/^\/simulator\?s=[A-Za-z0-9_-]+/);

    const attempt = await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } });
    expect(attempt).toMatchObject({ userId: ada.id, templateId: question.template, concept: question.concept, correct: true, misconception: null });
    expect(attempt.timeTakenMs).toBeGreaterThanOrEqual(42_000);
    expect(attempt.timeTakenMs).toBeLessThan(42_000 + 60_000);
  });

  it("grades a wrong answer, names the misconception and stores it", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const wrong = wrongAnswer(question);
    const outcome = await gradePracticeAnswer({ userId: ada.id, questionId: id, response: wrong, locale: "zh" });
    if (outcome.status !== "graded") throw new Error(`expected graded, got ${outcome.status}`);
    expect(outcome.result.correct).toBe(false);
    expect(outcome.result.misconception).not.toBeNull();
    const expectedMisconception = question.distractors[0]?.misconception ?? "other";
    expect(outcome.result.misconception?.id).toBe(expectedMisconception);
    expect(outcome.result.expected.text).toBe(question.keyText.zh);
    const attempt = await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } });
    expect(attempt.correct).toBe(false);
    expect(attempt.misconception).toBe(expectedMisconception);
    expect(attempt.response).toEqual(wrong);
  });

  it("stores the attempt at the answer's time, as Prisma reads DateTime (UTC), whatever the time zones", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const now = new Date(Date.now() + 1234);
    await gradePracticeAnswer({ userId: ada.id, questionId: id, response: rightAnswer(question), locale: "en", now });
    const attempt = await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } });
    expect(attempt.createdAt.getTime()).toBe(now.getTime());
    expect(attempt.id).toMatch(/^c[0-9a-z]{20,}$/);
  });

  it("caps the time taken", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id, createdAt: new Date(Date.now() - 3 * 60 * 60 * 1000) });
    await gradePracticeAnswer({ userId: ada.id, questionId: id, response: rightAnswer(question), locale: "en" });
    expect((await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } })).timeTakenMs).toBe(TIME_TAKEN_CAP_MS);
  });

  it("records one attempt when the same question is submitted twice, and returns the first result both times", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const first = await gradePracticeAnswer({ userId: ada.id, questionId: id, response: wrongAnswer(question), locale: "en" });
    const second = await gradePracticeAnswer({ userId: ada.id, questionId: id, response: rightAnswer(question), locale: "en" });
    expect(first.status).toBe("graded");
    expect(second).toEqual(first);
    if (second.status === "graded") expect(second.result.correct).toBe(false);
    expect(await attemptsOf(id)).toBe(1);
  });

  it("records one attempt for ten concurrent submits, and every submit gets the same result", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const responses = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? rightAnswer(question) : wrongAnswer(question)));
    const outcomes = await Promise.all(responses.map((response) => gradePracticeAnswer({ userId: ada.id, questionId: id, response, locale: "en" })));
    expect(outcomes.every((o) => o.status === "graded")).toBe(true);
    const verdicts = new Set(outcomes.map((o) => (o.status === "graded" ? JSON.stringify(o.result) : "")));
    expect(verdicts.size).toBe(1);
    expect(await attemptsOf(id)).toBe(1);
    const attempt = await db.practiceAttempt.findUniqueOrThrow({ where: { questionId: id } });
    const first = outcomes[0]!;
    if (first.status === "graded") expect(attempt.correct).toBe(first.result.correct);
  });

  it("treats another learner's question and an unknown id as not found, and records nothing", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    expect(await gradePracticeAnswer({ userId: bob.id, questionId: id, response: rightAnswer(question), locale: "en" })).toEqual({ status: "not-found" });
    expect(await gradePracticeAnswer({ userId: ada.id, questionId: "no-such-question", response: rightAnswer(question), locale: "en" })).toEqual({
      status: "not-found",
    });
    expect(await attemptsOf(id)).toBe(0);
  });

  it("refuses a malformed response without counting an attempt", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const otherKind = question.kind === "number" ? { kind: "state", state: "LISTEN" } : { kind: "number", value: 1 };
    for (const response of [null, "SYN-SENT", { kind: "telepathy" }, otherKind, { ...rightAnswer(question), extra: true }]) {
      const outcome = await gradePracticeAnswer({ userId: ada.id, questionId: id, response, locale: "en" });
      expect(outcome.status).toBe("invalid");
    }
    expect(await attemptsOf(id)).toBe(0);
  });
});

describe("answerPracticeQuestion (POST /api/practice/answer without HTTP)", () => {
  it("answers 200 with the verdict, then the same verdict again", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const first = await answerPracticeQuestion({ body: { questionId: id, response: rightAnswer(question) }, user: ada, locale: "en" });
    expect(first.status).toBe(200);
    expect(first.body.ok && first.body.result.correct).toBe(true);
    const again = await answerPracticeQuestion({ body: { questionId: id, response: wrongAnswer(question) }, user: ada, locale: "en" });
    expect(again).toEqual(first);
  });

  it("answers 404 for another learner's question and for an unknown id", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const foreign = await answerPracticeQuestion({ body: { questionId: id, response: rightAnswer(question) }, user: bob, locale: "en" });
    expect(foreign).toEqual({ status: 404, body: { ok: false, message: messages.en.practice.questionNotFound } });
    const unknown = await answerPracticeQuestion({
      body: { questionId: "c000000000000000000000000", response: rightAnswer(question) },
      user: ada,
      locale: "en",
    });
    expect(unknown.status).toBe(404);
    expect(await attemptsOf(id)).toBe(0);
  });

  it("answers 400 with a message for malformed bodies and responses, and records nothing", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const bodies: unknown[] = [
      null,
      [],
      { questionId: id },
      { response: rightAnswer(question) },
      { questionId: id, token: "g1.abc", response: rightAnswer(question) },
      { questionId: "../../etc/passwd", response: rightAnswer(question) },
      { questionId: id, response: { kind: "state", state: "HALF-OPEN" } },
      { questionId: id, response: { kind: "flags", flags: ["SYN", "SYN"] } },
      { questionId: id, response: rightAnswer(question), extra: 1 },
    ];
    for (const body of bodies) {
      const answer = await answerPracticeQuestion({ body, user: ada, locale: "zh" });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.ok).toBe(false);
      if (!answer.body.ok) expect(answer.body.message.length).toBeGreaterThan(0);
    }
    expect(await attemptsOf(id)).toBe(0);
  });

  it("answers 401 to a question id without a session", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    expect((await answerPracticeQuestion({ body: { questionId: id, response: rightAnswer(question) }, user: null, locale: "en" })).status).toBe(401);
    expect(await attemptsOf(id)).toBe(0);
  });
});

describe("getPracticeQuestion", () => {
  it("shows the owner their question, with the result once answered, and nobody else", async () => {
    const { id, question } = await seedPracticeQuestion(db, { userId: ada.id });
    const before = await getPracticeQuestion({ userId: ada.id, questionId: id, locale: "en" });
    expect(before?.question.templateId).toBe(question.template);
    expect(before?.result).toBeNull();
    expect(await getPracticeQuestion({ userId: bob.id, questionId: id, locale: "en" })).toBeNull();

    await gradePracticeAnswer({ userId: ada.id, questionId: id, response: wrongAnswer(question), locale: "en" });
    const after = await getPracticeQuestion({ userId: ada.id, questionId: id, locale: "zh" });
    expect(after?.result?.correct).toBe(false);
    expect(after?.result?.expected.text).toBe(question.keyText.zh);
  });
});
