// The answers that count towards each edge of the mastery map: an answer to a question counts
// for every edge its template exercises (edge-exercise.ts), and each edge keeps its newest
// `window` answers, which the concept mastery formula then scores.

export interface TemplateOutcome {
  id: string;
  templateId: string;
  correct: boolean;
  /** When it was answered (ms since the epoch). */
  at: number;
}

/**
 * Each edge's outcomes, newest first, at most `window` of them. Ties in time are broken by id,
 * descending, as the SQL that ranks a concept's answers does. Edges without answers are absent.
 * Given each template's newest `window` answers, this returns each edge's newest `window` answers:
 * the newest answers of a union of templates are among the union of their newest answers.
 */
export function edgeOutcomes(outcomes: readonly TemplateOutcome[], edgesOf: (templateId: string) => readonly string[], window: number): Map<string, boolean[]> {
  const newestFirst = [...outcomes].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const byEdge = new Map<string, boolean[]>();
  for (const outcome of newestFirst) {
    for (const edge of edgesOf(outcome.templateId)) {
      let list = byEdge.get(edge);
      if (!list) byEdge.set(edge, (list = []));
      if (list.length < window) list.push(outcome.correct);
    }
  }
  return byEdge;
}
