// Which question types give every student the same answer, whatever their numbers. Per-student
// variants change a question's numbers (ISNs, windows, timings); for some templates the answer
// does not depend on them (the state after a reset, the flags of a three-segment close). Their
// answers can be shared between students, and a guest practice question of the same type shows
// the key, so the assignment form marks them.
//
// Decided by the engine itself: the template's variants are generated for a fixed set of seeds
// and their keys compared. A template whose keys differ between any two seeds varies; one whose
// keys agree on all SAMPLE_SEEDS is treated as shared. Pure and deterministic, so the result is
// remembered for the life of the process.
import { type Difficulty, generateQuestion, listTemplates } from "@/lib/questions";

export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];
/** Seeds spread over the 32-bit range (Knuth's multiplicative constant), the same every time. */
const SAMPLE_SEEDS = Array.from({ length: 12 }, (_, i) => Math.imul(i + 1, 2654435761) >>> 0);

const remembered = new Map<string, boolean>();

/** Do all of the template's variants at this difficulty have the same key? */
export function hasSharedAnswer(templateId: string, difficulty: Difficulty): boolean {
  const memoKey = `${templateId}@${difficulty}`;
  const known = remembered.get(memoKey);
  if (known !== undefined) return known;
  let first: string | undefined;
  let shared = true;
  for (const seed of SAMPLE_SEEDS) {
    const key = JSON.stringify(generateQuestion(templateId, seed, difficulty).key);
    first ??= key;
    if (key !== first) {
      shared = false;
      break;
    }
  }
  remembered.set(memoKey, shared);
  return shared;
}

/** For every template, the difficulties at which all students get the same answer (omitted when none). */
export function sharedAnswerDifficulties(templateIds: readonly string[] = listTemplates().map((t) => t.id)): Record<string, Difficulty[]> {
  const result: Record<string, Difficulty[]> = {};
  for (const templateId of templateIds) {
    const shared = DIFFICULTIES.filter((difficulty) => hasSharedAnswer(templateId, difficulty));
    if (shared.length > 0) result[templateId] = shared;
  }
  return result;
}
