// Which edges of the RFC 9293 state diagram a question template exercises, computed from the
// engine rather than typed by hand: each template's question is regenerated for a fixed set of
// typical seeds at every difficulty, its scenario is run with simulateDetailed, and the state
// transitions of the run are collected. Pure and memoized per template (one process computes each
// template's set once).
import { DIFFICULTIES, generateQuestion, listTemplates } from "../questions";
import { edgeKey, parseScenario, simulateDetailed, TRANSITIONS } from "../tcp";

/** Seeds tried per template and difficulty; practice draws seeds uniformly, so any fixed ones are typical. */
export const TYPICAL_SEEDS: readonly number[] = Array.from({ length: 12 }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) >>> 0));

const GRAPH_EDGES = new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to)));

/** The edges one question's scenario passes through (a host crash is not an edge of the diagram). */
export function questionEdges(templateId: string, seed: number, difficulty: 1 | 2 | 3): string[] {
  const question = generateQuestion(templateId, seed, difficulty);
  const parsed = parseScenario(question.scenario);
  if (!parsed.ok) return [];
  const edges = new Set<string>();
  for (const record of simulateDetailed(parsed.scenario).records) {
    for (const t of record.transitions) {
      if (t.event === "host:crash") continue;
      const key = edgeKey(t.from, t.to);
      if (GRAPH_EDGES.has(key)) edges.add(key);
    }
  }
  return [...edges].sort();
}

const cache = new Map<string, readonly string[]>();

/** The union of the edges of the template's questions over the typical seeds and all difficulties. */
export function templateEdges(templateId: string): readonly string[] {
  const cached = cache.get(templateId);
  if (cached) return cached;
  const edges = new Set<string>();
  for (const difficulty of DIFFICULTIES) {
    for (const seed of TYPICAL_SEEDS) for (const edge of questionEdges(templateId, seed, difficulty)) edges.add(edge);
  }
  const result = Object.freeze([...edges].sort());
  cache.set(templateId, result);
  return result;
}

/** Every template's edge set, by template id. */
export function edgesByTemplate(): ReadonlyMap<string, readonly string[]> {
  return new Map(listTemplates().map((t) => [t.id, templateEdges(t.id)]));
}
