import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { conceptById, listTemplates, toPublic, type Question } from "@/lib/questions";
import type { PracticeQuestionDto, QuestionRef } from "@/lib/practice/dto";

/** The browser's view of a question: toPublic's fields minus the seed, plus names to show. */
/** `title` names a question that is not a built-in template (a teacher's own, lib/server/authoring). */
export function toQuestionDto(question: Question, ref: QuestionRef, locale: Locale, title?: string): PracticeQuestionDto {
  // Picked field by field, so nothing added to PublicQuestion later reaches the browser unnoticed.
  const shown = toPublic(question, locale);
  const template = listTemplates().find((t) => t.id === question.template);
  const dto: PracticeQuestionDto = {
    ref,
    templateId: shown.template,
    templateTitle: title ?? (template ? template.title[locale] : shown.template),
    concept: shown.concept,
    conceptName: conceptById(shown.concept).name[locale],
    kind: shown.kind,
    difficulty: shown.difficulty,
    locale,
    prompt: shown.prompt,
    input: shown.input,
  };
  if (shown.diagram) dto.diagram = shown.diagram;
  if (shown.scenario) dto.scenario = shown.scenario;
  return dto;
}
