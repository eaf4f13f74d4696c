import "server-only";
import { captureQuestionConcept, gradeCaptureAnswer, makeCaptureQuestion } from "@/lib/capture/capture-questions";
import { db } from "../db";
import { AppError } from "../errors";
import { recordConceptOutcome } from "../mastery/concept-rollup";
import { analyseSavedCapture } from "./saved-captures";

export interface CaptureAnswerResult {
  correct: boolean;
  key: string;
  /** False when this question had been answered before: the first answer stands, as in practice. */
  recorded: boolean;
}

/**
 * Grades an answer to a question about the learner's own saved capture and records it as
 * practice: a CaptureAttempt, and the outcome in the learner's mastery of the question's concept,
 * in one transaction. The question is rebuilt from the stored file and the seed; an answer to a
 * question already answered is graded as the first answer was and records nothing.
 */
export async function answerCaptureQuestion(options: {
  userId: string;
  id: string;
  connection: number;
  seed: number;
  answer: string;
  now?: Date;
}): Promise<CaptureAnswerResult> {
  const { userId, id, connection: index, seed, now = new Date() } = options;
  const analysis = await analyseSavedCapture({ userId, id });
  const connection = analysis.connections[index];
  const question = connection ? makeCaptureQuestion(connection, seed) : null;
  if (!connection || !question) throw new AppError("NOT_FOUND", { messageKey: "captures.noQuestion" });
  const answer = options.answer.trim();
  const graded = gradeCaptureAnswer(connection, question, answer);
  const concept = captureQuestionConcept(connection, question);
  return db.$transaction(async (tx) => {
    const { count } = await tx.captureAttempt.createMany({
      data: [{ userId, captureId: id, connection: index, seed, kind: question.kind, concept, response: answer, correct: graded.correct, createdAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) {
      const first = await tx.captureAttempt.findUniqueOrThrow({
        where: { userId_captureId_connection_seed: { userId, captureId: id, connection: index, seed } },
        select: { correct: true },
      });
      return { correct: first.correct, key: graded.key, recorded: false };
    }
    await recordConceptOutcome(tx, { userId, concept, correct: graded.correct, answeredAt: now });
    return { ...graded, recorded: true };
  });
}
