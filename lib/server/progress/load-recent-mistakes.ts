import "server-only";
import type { RecentMistakeDto } from "@/lib/progress/dto";
import { replayHref, similarQuestionHref } from "@/lib/progress/links";
import { responseText } from "@/lib/progress/response-text";
import { conceptById, generateQuestion, hasTemplate, listTemplates, misconceptionLabel, type Difficulty } from "@/lib/questions";
import { queryRecentMistakes } from "./queries";
import type { ProgressViewer } from "@/lib/progress/viewer";

export const RECENT_MISTAKES = 6;

const isDifficulty = (n: number): n is Difficulty => n === 1 || n === 2 || n === 3;

/**
 * The newest wrong answers. Each question is regenerated from its template,
 * seed and difficulty (the answer key was never stored), to show its prompt and the expected
 * answer and to link to a similar question and to its run in the simulator.
 */
export async function loadRecentMistakes({ userId, locale }: ProgressViewer): Promise<RecentMistakeDto[]> {
  const rows = await queryRecentMistakes(userId, RECENT_MISTAKES);
  const titles = new Map(listTemplates().map((t) => [t.id, t.title[locale]]));
  return rows.flatMap((row): RecentMistakeDto[] => {
    // A template retired since the answer, or a corrupt row, is left out rather than breaking the page.
    if (!hasTemplate(row.templateId) || !isDifficulty(row.difficulty)) return [];
    const question = generateQuestion(row.templateId, row.seed, row.difficulty);
    return [
      {
        id: row.id,
        answeredAt: row.createdAt.toISOString(),
        concept: question.concept,
        conceptName: conceptById(question.concept).name[locale],
        templateTitle: titles.get(row.templateId) ?? row.templateId,
        difficulty: question.difficulty,
        prompt: question.prompt[locale],
        yourAnswer: responseText(question, row.response, locale),
        expected: question.keyText[locale],
        misconception: row.misconception ? misconceptionLabel(row.misconception, locale) : null,
        similarHref: similarQuestionHref(question),
        replayHref: replayHref(question),
      },
    ];
  });
}
