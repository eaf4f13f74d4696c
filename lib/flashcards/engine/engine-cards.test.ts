import { describe, expect, it } from "vitest";
import { parseScenario, simulateDetailed } from "../../tcp";
import { LOCALES } from "../../i18n/config";
import { drawEngineCard, ENGINE_CARDS, renderEngineCard } from ".";

const SEEDS = Array.from({ length: 25 }, (_, k) => k * 7919 + 1);
const sortedFlags = (flags: readonly string[]) => [...flags].sort().join(",");

describe("engine cards", () => {
  it("has at least 30 situations with unique kebab-case ids", () => {
    expect(ENGINE_CARDS.length).toBeGreaterThanOrEqual(30);
    const slugs = ENGINE_CARDS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("cover every state as the situation's starting state", () => {
    const from = new Set(ENGINE_CARDS.map((c) => c.expect.from));
    expect([...from].sort()).toEqual(
      ["CLOSED", "CLOSE-WAIT", "CLOSING", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "LAST-ACK", "LISTEN", "SYN-RECEIVED", "SYN-SENT", "TIME-WAIT"].sort(),
    );
  });

  describe.each(ENGINE_CARDS.map((spec) => [spec.slug, spec] as const))("%s", (_, spec) => {
    it("reaches the situation it teaches, seed after seed, with no refused step", () => {
      for (const seed of SEEDS) {
        const draw = drawEngineCard(spec, seed);
        expect(
          draw.run.trace.steps.every((s) => s.error === null),
          `seed ${seed}`,
        ).toBe(true);
        expect(draw.before[draw.subject], `seed ${seed}: state before`).toBe(spec.expect.from);
        expect(draw.after[draw.subject], `seed ${seed}: state after`).toBe(spec.expect.to);
        expect(
          draw.sent.map((s) => sortedFlags(s.flags)),
          `seed ${seed}: segments sent`,
        ).toEqual(spec.expect.sends.map(sortedFlags));
      }
    });

    it("shows on its back exactly what the engine computes for the scenario", () => {
      for (const seed of SEEDS.slice(0, 8)) {
        const view = renderEngineCard(drawEngineCard(spec, seed), "en");
        // Run the card's scenario again, independently of the card code.
        const parsed = parseScenario(drawEngineCard(spec, seed).scenario);
        if (!parsed.ok) throw new Error(parsed.message);
        const { trace } = simulateDetailed(parsed.scenario);
        const last = trace.steps[trace.steps.length - 1]!;
        const previous = trace.steps[trace.steps.length - 2];
        expect(view.result.after).toBe(last.states[view.result.subject]);
        expect(view.result.before).toBe(previous ? previous.states[view.result.subject] : "CLOSED");
        const sent = last.sent.map((id) => trace.segments[id - 1]!);
        expect(view.result.sent.map(({ from, to, seq, ack, len }) => ({ from, to, seq, ack, len }))).toEqual(
          sent.map(({ from, to, seq, ack, len }) => ({ from, to, seq, ack, len })),
        );
        expect(view.diagram.trace).toEqual(trace);
        expect(view.diagram.highlightStep).toBe(last.i);
        if (view.event.startsWith("It receives")) {
          const received = trace.segments[last.received[0]! - 1]!;
          expect(view.event).toContain(`seq=${received.seq}`);
        }
      }
    });

    it("draws different numbers for different seeds, the same for the same seed", () => {
      const faces = SEEDS.slice(0, 12).map((seed) => {
        const v = renderEngineCard(drawEngineCard(spec, seed), "en");
        return [v.situation, v.event, ...v.context, v.tcb, ...v.result.sent.map((s) => s.text)].join("|");
      });
      expect(new Set(faces).size).toBeGreaterThan(1);
      expect(renderEngineCard(drawEngineCard(spec, 42), "zh")).toEqual(renderEngineCard(drawEngineCard(spec, 42), "zh"));
    });

    it("is complete in both languages", () => {
      for (const seed of SEEDS.slice(0, 5)) {
        const draw = drawEngineCard(spec, seed);
        for (const locale of LOCALES) {
          const v = renderEngineCard(draw, locale);
          const texts = [
            v.situation,
            v.event,
            ...v.context,
            v.prompt,
            v.result.stateLine,
            ...v.result.otherStates,
            v.result.sentLine,
            ...v.result.notes,
            v.rule,
          ];
          for (const text of texts) {
            expect(text.trim().length, `${locale}: empty text`).toBeGreaterThan(0);
            expect(text, `${locale}: unfilled placeholder`).not.toMatch(/\{\w+\}/);
          }
          const prose = [v.situation, v.event, ...v.context, v.prompt, v.rule].join(" ");
          if (locale === "zh") expect(prose).toMatch(/[\u4e00-\u9fff]/);
          else expect(prose).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });
  });
});
