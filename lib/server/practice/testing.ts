// Helpers for the practice integration tests (and the e2e fixtures): users, questions seeded
// straight into the database, and right and wrong answers computed with lib/questions, never
// read from a page.
import type { AppPrismaClient } from "../prisma-client";
import { answerFor, generateQuestion, listTemplates, type Difficulty, type Question, type QuestionResponse } from "@/lib/questions";
import { sameResponse } from "@/lib/questions/compare";

export async function createTestUser(client: AppPrismaClient, label = "learner", role: "STUDENT" | "TEACHER" = "STUDENT") {
  const id = crypto.randomUUID();
  return client.user.create({ data: { name: `Test ${label}`, email: `${label}-${id}@example.com`, role }, select: { id: true, name: true, email: true } });
}

export interface SeededQuestion {
  id: string;
  question: Question;
}

/** A stored question for the user, as createPracticeQuestion would make it, with a known seed. */
export async function seedPracticeQuestion(
  client: AppPrismaClient,
  options: { userId: string; templateId?: string; seed?: number; difficulty?: Difficulty; locale?: "en" | "zh"; createdAt?: Date },
): Promise<SeededQuestion> {
  const templateId = options.templateId ?? listTemplates()[0]!.id;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const difficulty = options.difficulty ?? 1;
  const question = generateQuestion(templateId, seed, difficulty);
  const row = await client.practiceQuestion.create({
    data: {
      userId: options.userId,
      templateId,
      concept: question.concept,
      seed,
      difficulty,
      locale: options.locale ?? "en",
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
    select: { id: true },
  });
  return { id: row.id, question };
}

export const rightAnswer = (question: Question): QuestionResponse => answerFor(question);

/** A response that grades as wrong: a tagged distractor when there is one, else another option. */
export function wrongAnswer(question: Question): QuestionResponse {
  const distractor = question.distractors[0];
  if (distractor) return distractor.response;
  const key = question.key;
  const input = question.input.en;
  const candidates: QuestionResponse[] = [];
  if (input.kind === "state") candidates.push(...input.options.map((state) => ({ kind: "state" as const, state })));
  if (input.kind === "choice") candidates.push(...input.options.map((o) => ({ kind: "choice" as const, choice: o.id })));
  if (input.kind === "flags") candidates.push({ kind: "flags", flags: [] }, { kind: "flags", flags: ["RST"] });
  if (key.kind === "number") candidates.push({ kind: "number", value: key.value + 7 });
  const wrong = candidates.find((c) => !sameResponse(c, key));
  if (!wrong) throw new Error(`no wrong answer for ${question.template}`);
  return wrong;
}
