// The mastery map: each edge of the state diagram scored with the concept mastery formula of
// adaptive practice (lib/server/practice/mastery.ts) over the newest answers to the questions
// that exercise the edge. Pure: the SQL that feeds it is in queries.ts.
import type { MasteryMapDto } from "@/lib/progress/dto";
import { edgeOutcomes, type TemplateOutcome } from "@/lib/progress/edge-outcomes";
import { edgeKey, TRANSITIONS } from "@/lib/tcp";
import { masteryFromOutcomes, MASTERY_WINDOW } from "@/lib/mastery/mastery";

/** Every edge of the state graph, once. */
export const EDGE_KEYS: readonly string[] = [...new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to)))];

export function scoreEdges(outcomes: readonly TemplateOutcome[], edgesOf: (templateId: string) => readonly string[]): MasteryMapDto {
  const byEdge = edgeOutcomes(outcomes, edgesOf, MASTERY_WINDOW);
  const edgeScores: Record<string, number | null> = {};
  const edgeAnswers: Record<string, number> = {};
  for (const key of EDGE_KEYS) {
    const list = byEdge.get(key);
    edgeScores[key] = list ? masteryFromOutcomes(list) : null;
    if (list) edgeAnswers[key] = list.length;
  }
  return { edgeScores, edgeAnswers };
}
