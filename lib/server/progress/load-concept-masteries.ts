import "server-only";
import type { ConceptMasteryDto } from "@/lib/progress/dto";
import { conceptById } from "@/lib/questions";
import { getConceptMastery } from "../mastery/get-masteries";
import type { ProgressViewer } from "@/lib/progress/viewer";

/** Mastery of every concept: the very figure adaptive practice picks by (the practice feature's query). */
export async function loadConceptMasteries({ userId, locale }: ProgressViewer): Promise<ConceptMasteryDto[]> {
  const rows = await getConceptMastery(userId);
  return rows.map((row) => {
    const concept = conceptById(row.concept);
    return {
      concept: row.concept,
      name: concept.name[locale],
      summary: concept.summary[locale],
      mastery: row.mastery,
      attempts: row.attempts,
      correct: row.correct,
      lastPracticedAt: row.lastPracticedAt ? row.lastPracticedAt.toISOString() : null,
    };
  });
}
