// Integration tests against the real PostgreSQL database: answers to questions about a saved
// capture are recorded as practice and counted in mastery, once per question.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { analyseCapture } from "@/lib/capture";
import { captureQuestionConcept, captureQuestionKey, makeCaptureQuestion } from "@/lib/capture/capture-questions";
import { db } from "../db";
import { AppError } from "../errors";
import { answerCaptureQuestion } from "./answer-capture-question";
import { saveCapture } from "./saved-captures";

const users: string[] = [];
let owner: string;
const file = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "public", "captures", "lost-last-ack.pcap")));
const connection = analyseCapture(file).connections[0]!;

const newUser = async (label: string) => {
  const user = await db.user.create({ data: { name: label, email: `capture-answers-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  users.push(user.id);
  return user.id;
};

beforeEach(async () => {
  owner = await newUser("Capture learner");
});

afterAll(async () => {
  await db.savedCapture.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

describe("answers about a saved capture", () => {
  it("records the first answer to each question and counts it in mastery; a repeat is graded as the first and counts nothing", async () => {
    const { id } = await saveCapture({ userId: owner, name: "lab", bytes: file });
    const question = makeCaptureQuestion(connection, 7)!;
    const concept = captureQuestionConcept(connection, question);
    const key = captureQuestionKey(connection, question);
    const wrong = await answerCaptureQuestion({ userId: owner, id, connection: 0, seed: 7, answer: "not it" });
    expect(wrong).toEqual({ correct: false, key, recorded: true });
    const again = await answerCaptureQuestion({ userId: owner, id, connection: 0, seed: 7, answer: key });
    expect(again).toEqual({ correct: false, key, recorded: false });
    const right = await answerCaptureQuestion({
      userId: owner,
      id,
      connection: 0,
      seed: 8,
      answer: captureQuestionKey(connection, makeCaptureQuestion(connection, 8)!),
    });
    expect(right).toMatchObject({ correct: true, recorded: true });

    const attempts = await db.captureAttempt.findMany({ where: { userId: owner }, orderBy: { seed: "asc" } });
    expect(attempts.map((a) => [a.seed, a.correct, a.response])).toEqual([
      [7, false, "not it"],
      [8, true, right.key],
    ]);
    expect(attempts[0]!.concept).toBe(concept);
    const rollups = await db.conceptRollup.findMany({ where: { userId: owner } });
    expect(rollups.reduce((n, r) => n + r.attempts, 0)).toBe(2);
    expect(rollups.reduce((n, r) => n + r.correct, 0)).toBe(1);
  });

  it("answers nothing about another learner's capture", async () => {
    const { id } = await saveCapture({ userId: owner, name: "mine", bytes: file });
    const stranger = await newUser("Someone else");
    const outcome = await answerCaptureQuestion({ userId: stranger, id, connection: 0, seed: 1, answer: "1" }).then(
      () => "ok",
      (error: unknown) => (error instanceof AppError ? error.code : String(error)),
    );
    expect(outcome).toBe("NOT_FOUND");
    expect(await db.captureAttempt.count({ where: { userId: stranger } })).toBe(0);
  });

  it("names the concept a question exercises", () => {
    const lost = Array.from({ length: 40 }, (_, seed) => makeCaptureQuestion(connection, seed)!).find((q) => q.kind === "lost-segment")!;
    expect(captureQuestionConcept(connection, lost)).toBe("loss");
    const timeWait = connection.segments.findIndex((s) => s.after.client === "TIME-WAIT");
    expect(captureQuestionConcept(connection, { kind: "state-after", segment: timeWait, role: "client", choices: [] })).toBe("time-wait");
    expect(captureQuestionConcept(connection, { kind: "next-ack", segment: 1, role: "server" })).toBe("handshake-numbers");
    expect(captureQuestionConcept(connection, { kind: "state-after", segment: 0, role: "client", choices: [] })).toBe("handshake-states");
  });
});
