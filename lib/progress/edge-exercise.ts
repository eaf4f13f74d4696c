// Which edges of the RFC 9293 state diagram a question template exercises, computed from the
// engine rather than typed by hand: each template's question is regenerated for a few typical
// seeds at every difficulty, its scenario is run with simulateDetailed, and the run's state
// transitions are collected. Pure and memoized per template (a process computes each set once).
//
// Nearly every scenario opens a connection before it gets to its point, so a question asked after
// the connection was ESTABLISHED on both sides (at a step before the asked one) does not count the
// handshake that led there: that setup is taken for granted, and counting it would paint the
// handshake's edges with the accuracy of every question. A question asked during or at the end of
// the handshake counts its whole run; one whose own part changes no state counts no edge.
import { DIFFICULTIES, generateQuestion, listTemplates, type Difficulty } from "../questions";
import { edgeKey, parseScenario, simulateDetailed, TRANSITIONS, type DetailedRun } from "../tcp";

/** Seeds tried per template and difficulty; practice draws seeds uniformly, so any fixed ones are typical. */
export const TYPICAL_SEEDS: readonly number[] = Array.from({ length: 3 }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);

const GRAPH_EDGES = new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to)));

/** The index of the first step whose transitions count: after the last "both ESTABLISHED" step before the asked one. */
export function firstCountedStep(run: DetailedRun, askedStep: number | undefined): number {
  if (askedStep === undefined) return 0;
  for (let i = Math.min(askedStep, run.trace.steps.length) - 1; i >= 0; i -= 1) {
    const { A, B } = run.trace.steps[i]!.states;
    if (A === "ESTABLISHED" && B === "ESTABLISHED") return i + 1;
  }
  return 0;
}

/** The edges one question exercises (a host crash is not an edge of the diagram). */
export function questionEdges(templateId: string, seed: number, difficulty: Difficulty): string[] {
  const question = generateQuestion(templateId, seed, difficulty);
  const parsed = parseScenario(question.scenario);
  if (!parsed.ok) return [];
  const run = simulateDetailed(parsed.scenario);
  // A question whose own part changes no state (a RST dropped or answered with a challenge ACK in
  // ESTABLISHED) exercises no edge: its setup's edges are not credited to it either.
  return edgesOf(run.records.slice(firstCountedStep(run, question.explanation.diagram.highlightStep)));
}

function edgesOf(records: DetailedRun["records"]): string[] {
  const edges = new Set<string>();
  for (const record of records) {
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

/** Whether the template's edge set is already computed (so a caller can pace the first computations). */
export const hasTemplateEdges = (templateId: string): boolean => cache.has(templateId);

/** Every template's edge set, by template id. */
export function edgesByTemplate(): ReadonlyMap<string, readonly string[]> {
  return new Map(listTemplates().map((t) => [t.id, templateEdges(t.id)]));
}
