import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { generateQuestion, type Difficulty } from "@/lib/questions";
import { db } from "../db";
import type { PracticeQuestionDto } from "@/lib/practice/dto";
import { newQuestionSeed } from "./new-question-seed";
import { toQuestionDto } from "./to-question-dto";

/**
 * Stores a new question for a signed-in learner (template, random seed, difficulty, locale) and
 * returns its public part. The question is generated first, so a failing generator stores nothing.
 */
export async function createPracticeQuestion(options: {
  userId: string;
  templateId: string;
  difficulty: Difficulty;
  locale: Locale;
}): Promise<PracticeQuestionDto> {
  const { userId, templateId, difficulty, locale } = options;
  const seed = newQuestionSeed();
  const question = generateQuestion(templateId, seed, difficulty);
  const row = await db.practiceQuestion.create({
    data: { userId, templateId, concept: question.concept, seed, difficulty, locale },
    select: { id: true },
  });
  return toQuestionDto(question, { kind: "stored", id: row.id }, locale);
}
