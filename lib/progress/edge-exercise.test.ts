import { describe, expect, it } from "vitest";
import { generateQuestion, listTemplates } from "../questions";
import { edgeKey, parseScenario, simulateDetailed, TRANSITIONS } from "../tcp";
import { edgesByTemplate, firstCountedStep, questionEdges, templateEdges, TYPICAL_SEEDS } from "./edge-exercise";

const graphEdges = new Set(TRANSITIONS.map((t) => edgeKey(t.from, t.to)));

describe("edges exercised by question templates", () => {
  const templates = listTemplates();

  it("has templates to map", () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  it("gives templates edges of the state graph only (none to a question whose own part changes no state: see below)", () => {
    expect(templates.filter((t) => templateEdges(t.id).length > 0).length).toBeGreaterThan(templates.length / 2);
    for (const t of templates) {
      const edges = templateEdges(t.id);
      for (const edge of edges) expect(graphEdges.has(edge), `${t.id}: ${edge}`).toBe(true);
    }
  });

  it("collects state changes of the question's own run, leaving out the handshake before a question about what follows", () => {
    for (const t of templates) {
      const question = generateQuestion(t.id, TYPICAL_SEEDS[0]!, 2);
      const parsed = parseScenario(question.scenario);
      if (!parsed.ok) throw new Error(`${t.id}: ${parsed.message}`);
      const run = simulateDetailed(parsed.scenario);
      const all = new Set(run.records.flatMap((r) => r.transitions.map((c) => `${c.from}>${c.to}`)));
      const edges = questionEdges(t.id, TYPICAL_SEEDS[0]!, 2);
      const start = firstCountedStep(run, question.explanation.diagram.highlightStep);
      // No edge only for a question whose own part changes no state.
      if (edges.length === 0)
        expect(
          run.records.slice(start).flatMap((r) => r.transitions.filter((c) => c.event !== "host:crash")),
          t.id,
        ).toEqual([]);
      for (const edge of edges) expect(all.has(edge), `${t.id}: ${edge}`).toBe(true);
      if (start > 0) {
        // Everything before `start` is setup: a transition found only there is not counted.
        const later = new Set(run.records.slice(start).flatMap((r) => r.transitions.map((c) => `${c.from}>${c.to}`)));
        for (const edge of edges) expect(later.has(edge), `${t.id}: ${edge}`).toBe(true);
      }
    }
  });

  it("counts the teardown, not the handshake, for a question about closing", () => {
    const teardown = templates.filter((t) => t.concept === "teardown-states");
    for (const t of teardown) {
      const edges = templateEdges(t.id);
      expect(edges, t.id).toContain("ESTABLISHED>FIN-WAIT-1");
      expect(edges, t.id).not.toContain("SYN-SENT>ESTABLISHED");
    }
  });

  it("is the union over the typical seeds and difficulties, computed once", () => {
    const [first] = templates;
    if (!first) return;
    const union = new Set<string>();
    for (const d of [1, 2, 3] as const) for (const seed of TYPICAL_SEEDS) for (const e of questionEdges(first.id, seed, d)) union.add(e);
    expect(templateEdges(first.id)).toEqual([...union].sort());
    expect(templateEdges(first.id)).toBe(templateEdges(first.id));
    expect(edgesByTemplate().get(first.id)).toBe(templateEdges(first.id));
  });

  it("puts the handshake's edges under the handshake templates", () => {
    const handshake = templates.filter((t) => t.concept === "handshake-states");
    if (handshake.length === 0) return;
    const edges = new Set(handshake.flatMap((t) => templateEdges(t.id)));
    expect(edges.has("SYN-SENT>ESTABLISHED")).toBe(true);
    expect(edges.has("LISTEN>SYN-RECEIVED")).toBe(true);
  });
});
