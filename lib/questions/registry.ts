import { hashString, mulberry32 } from "./random";
import { sameResponse } from "./compare";
import type { Template } from "./template";
import { TEMPLATES } from "./templates";
import type { ConceptId, Difficulty, Distractor, Question, TemplateInfo } from "./types";

export class UnknownTemplateError extends Error {
  constructor(readonly templateId: string) {
    super(`unknown template "${templateId}"`);
    this.name = "UnknownTemplateError";
  }
}

const info = ({ id, concept, kind, title }: Template): TemplateInfo => ({ id, concept, kind, title });

/** Every template, in teaching order. */
export const listTemplates = (): TemplateInfo[] => TEMPLATES.map(info);

export const templatesForConcept = (conceptId: ConceptId): TemplateInfo[] => TEMPLATES.filter((t) => t.concept === conceptId).map(info);

export const hasTemplate = (id: string): boolean => TEMPLATES.some((t) => t.id === id);

/** Keeps the distractors that are really wrong and distinct: one equal to the key, or to an earlier one, is dropped. */
export function keepWrongDistractors(key: Question["key"], distractors: readonly Distractor[]): Distractor[] {
  const kept: Distractor[] = [];
  for (const d of distractors) {
    if (sameResponse(d.response, key)) continue;
    if (kept.some((k) => sameResponse(k.response, d.response))) continue;
    kept.push(d);
  }
  return kept;
}

// Questions made lately, newest last (a Map keeps insertion order). A question is a pure function
// of (template, seed, difficulty), and the server asks for the same ones again and again: an
// assignment page shows a student's items, each answer regrades its item, the progress page
// replays recent mistakes. Each costs a simulation (about half a millisecond); the cache makes
// the repeats free. Entries are frozen, so no caller can change what another will be handed.
const RECENT_LIMIT = 1_000;
const recent = new Map<string, Question>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The question of a template for a seed (any integer, used modulo 2^32) and difficulty (1..3).
 * Pure and deterministic: the server stores (template, seed, difficulty) and calls this again to
 * grade. The question is frozen (shared with later calls for the same three).
 */
export function generateQuestion(templateId: string, seed: number, difficulty: Difficulty = 1): Question {
  const s = seed >>> 0;
  const key = `${templateId}|${s}|${difficulty}`;
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) throw new UnknownTemplateError(templateId);
  const rng = mulberry32((s ^ hashString(templateId) ^ Math.imul(difficulty, 0x9e3779b1)) >>> 0);
  const out = template.build({ seed: s, difficulty, rng });
  const question: Question = deepFreeze({
    template: template.id,
    concept: template.concept,
    kind: template.kind,
    seed: s,
    difficulty,
    ...out,
    distractors: keepWrongDistractors(out.key, out.distractors),
  });
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(key, question);
  return question;
}
