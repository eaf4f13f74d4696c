import "server-only";
import type { Difficulty, Question } from "@/lib/questions";
import { variantSeed } from "@/lib/teach/variant-seed";
import { authoredQuestion, isAuthoredItem, type AuthoredItems } from "../authoring/authored-items";
import { regenerateQuestion } from "../practice/regenerate-question";

export interface VariantSource {
  id: string;
  seedKey: string;
  itemTemplates: readonly string[];
  difficulty: number;
  /** The specs of the assignment's authored items (loadAuthoredItems); absent when it has none. */
  authored?: AuthoredItems;
}

export interface VariantItem {
  index: number;
  seed: number;
  question: Question;
}

/** One item of a student's variant: the assignment's template with the student's own seed. */
export function variantItem(assignment: VariantSource, studentId: string, attempt: number, index: number): VariantItem | null {
  const templateId = assignment.itemTemplates[index];
  if (templateId === undefined) return null;
  const seed = variantSeed({ seedKey: assignment.seedKey, assignmentId: assignment.id, studentId, attempt, itemIndex: index });
  const question = isAuthoredItem(templateId)
    ? authoredQuestion(assignment.authored, templateId, seed)
    : regenerateQuestion(templateId, seed, assignment.difficulty as Difficulty);
  return question ? { index, seed, question } : null;
}

/** Every item of a student's variant, in order (items whose template vanished are left out). */
export function variantItems(assignment: VariantSource, studentId: string, attempt: number): VariantItem[] {
  return assignment.itemTemplates.flatMap((_, index) => variantItem(assignment, studentId, attempt, index) ?? []);
}
