import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { Difficulty } from "@/lib/questions";
import type { PracticeSettings } from "@/lib/schemas/practice";
import { AppError } from "../errors";
import type { SessionUser } from "../session";
import { chooseNextQuestion } from "./choose-next-question";
import { createPracticeQuestion } from "./create-practice-question";
import type { PracticeQuestionDto } from "@/lib/practice/dto";
import { getConceptMastery } from "../mastery/get-masteries";
import { issueGuestQuestion } from "./issue-guest-question";
import { masteryFromHistory } from "@/lib/mastery/mastery";
import { describePathReason } from "@/lib/practice/describe-path-reason";

/**
 * The next question of a practice run: chosen from the learner's mastery (stored attempts when
 * signed in, the session's answers for a guest), then stored (signed in) or sealed (guest).
 * Throws AppError("NOT_FOUND", practice.noQuestions) when the chosen concepts have no questions.
 */
export async function nextPracticeQuestion(options: {
  user: SessionUser | null;
  settings: PracticeSettings;
  locale: Locale;
  like?: { templateId: string; difficulty: Difficulty };
  previousTemplateId?: string;
  history?: readonly { concept: string; correct: boolean }[];
}): Promise<PracticeQuestionDto> {
  const { user, settings, locale, like, previousTemplateId, history = [] } = options;
  const needsMastery = !like && (settings.mode === "adaptive" || settings.difficulty === "auto");
  const mastery = !needsMastery ? [] : user ? await getConceptMastery(user.id) : masteryFromHistory(history);
  const choice = chooseNextQuestion({ settings, mastery, like, previousTemplateId });
  if (!choice) throw new AppError("NOT_FOUND", { messageKey: "practice.noQuestions" });
  const dto = user
    ? await createPracticeQuestion({ userId: user.id, templateId: choice.templateId, difficulty: choice.difficulty, locale })
    : issueGuestQuestion({ templateId: choice.templateId, difficulty: choice.difficulty, locale });
  if (choice.reason) dto.reason = describePathReason(choice.reason, locale);
  return dto;
}
