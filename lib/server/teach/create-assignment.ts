import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { hasTemplate, templatesForConcept } from "@/lib/questions";
import type { CreateAssignmentInput } from "@/lib/schemas/teach";
import { pickItemTemplates, pickSpreadItemTemplates } from "@/lib/teach/pick-items";
import { isAuthoredChoice, resolveAuthoredChoices } from "../authoring/resolve-choices";
import { db } from "../db";
import { AppError } from "../errors";
import { requireOwnClass } from "./manage-class";
import { isConceptId, templateConcept } from "@/lib/teach/names";

/**
 * A new assignment for one of the teacher's classes. The item templates are drawn now (the same
 * for every student); each student's numbers come later from the assignment's secret seed key.
 */
export async function createAssignment(options: {
  teacherId: string;
  input: Omit<CreateAssignmentInput, "classId"> & { classId: string };
}): Promise<{ id: string }> {
  const { teacherId, input } = options;
  await requireOwnClass(teacherId, input.classId);

  let pool: string[];
  let conceptPools: string[][] | null = null;
  let authoredConcepts = new Map<string, string>();
  if (input.selection === "concepts") {
    const unknown = input.concepts.filter((c) => !isConceptId(c));
    if (unknown.length > 0) throw new AppError("INVALID_INPUT", { fieldErrors: { concepts: ["teach.pickContent"] } });
    conceptPools = [...new Set(input.concepts)].map((c) => (isConceptId(c) ? templatesForConcept(c).map((t) => t.id) : []));
    pool = conceptPools.flat();
  } else {
    const builtIn = input.templates.filter((t) => !isAuthoredChoice(t));
    if (builtIn.some((t) => !hasTemplate(t))) throw new AppError("INVALID_INPUT", { fieldErrors: { templates: ["teach.pickContent"] } });
    const authored = await resolveAuthoredChoices(teacherId, input.templates);
    authoredConcepts = new Map(authored.map((a) => [a.itemId, a.concept]));
    pool = [...new Set([...builtIn, ...authored.map((a) => a.itemId)])];
  }
  if (pool.length === 0) throw new AppError("INVALID_INPUT", { fieldErrors: { [input.selection]: ["teach.pickContent"] } });

  const random = () => randomInt(0, 2 ** 32) / 2 ** 32;
  // By concept, the questions are spread over the ticked concepts, so none of them is left out.
  const itemTemplates = conceptPools
    ? pickSpreadItemTemplates(conceptPools, input.questionCount, random)
    : pickItemTemplates(pool, input.questionCount, random);
  const concepts = [...new Set(itemTemplates.map((t) => authoredConcepts.get(t) ?? templateConcept(t)).filter((c) => c !== null))];
  return db.assignment.create({
    data: {
      classId: input.classId,
      teacherId,
      title: input.title,
      concepts,
      itemTemplates,
      difficulty: input.difficulty,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      attemptsAllowed: input.attemptsAllowed,
      showAnswers: input.showAnswers,
      timeLimitMinutes: input.timeLimitMinutes,
      seedKey: randomBytes(32).toString("base64url"),
    },
    select: { id: true },
  });
}
