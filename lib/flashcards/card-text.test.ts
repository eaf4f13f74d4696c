import { describe, expect, it } from "vitest";
import { parseScenario, simulateDetailed } from "../tcp";
import { LOCALES } from "../i18n/config";
import { CONCEPT_CARDS } from "./concept-cards";
import { drawEngineCard, ENGINE_CARDS, renderEngineCard } from "./engine";
import { Script } from "./engine/script";
import type { Localized } from "./types";

/**
 * What the content review of issue 11 found wrong in the flashcards' words, each checked here so
 * that it cannot come back: the figure and section cited, where a card is filed, and sentences
 * that claimed more than is true or left the reader guessing who sent what.
 */

const concept = (slug: string) => {
  const card = CONCEPT_CARDS.find((c) => c.slug === slug);
  if (!card) throw new Error(`no concept card ${slug}`);
  return card;
};
const engine = (slug: string) => {
  const card = ENGINE_CARDS.find((c) => c.slug === slug);
  if (!card) throw new Error(`no engine card ${slug}`);
  return card;
};
const both = (texts: readonly Localized[]): string => texts.map((t) => `${t.en}\n${t.zh}`).join("\n");
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 42, 7919];

describe("flashcards cite the RFC figure and section that say it", () => {
  it("the half-open connection found by the survivor's data is RFC 9293 Figure 10", () => {
    // lib/tcp/rfc-figures.test.ts reproduces Figure 10 as "the active side causes half-open
    // connection discovery"; Figure 11 is the old duplicate SYN at two passive sockets.
    for (const text of [both(concept("half-open").answer), both([engine("crashed-receives-data").rule])]) {
      expect(text).toContain("Figure 10");
      expect(text).toContain("图 10");
      expect(text).not.toMatch(/Figure 11|图 11/);
    }
  });

  it("MSL is section 3.4.2 and the 2 × MSL of TIME-WAIT section 3.6.1", () => {
    const card = concept("msl-values");
    expect(card.source).toBe("RFC 9293 §3.4.2, §3.6.1");
    expect(card.answer[0]!.en).toMatch(/3\.4\.2[\s\S]*3\.6\.1/);
    expect(card.answer[0]!.zh).toMatch(/第 3\.4\.2 节[\s\S]*第 3\.6\.1 节/);
  });
});

describe("why TIME-WAIT lasts 2 MSL", () => {
  const card = concept("why-2msl");

  it("does not promise that no FIN can arrive after 2 MSL, and says a FIN restarts the wait", () => {
    expect(both(card.answer)).not.toMatch(/no retransmitted FIN can still arrive|不会再有重传的 FIN 到达/);
    expect(both(card.answer)).toMatch(/restarts the 2 MSL timer/);
    expect(both(card.answer)).toMatch(/重新启动 2MSL 计时器/);
    expect(card.source).toContain("§3.10.7.4");
  });

  it("says what the engine does: a FIN arriving in TIME-WAIT keeps the endpoint there 2 MSL longer", () => {
    const msl = 15;
    const script = new Script({ isn: { A: 100, B: 900 }, msl, rto: 1 })
      .handshake("A")
      .close("A")
      .deliver({ from: "A", flags: ["ACK", "FIN"] })
      .deliver({ from: "B", flags: ["ACK"] })
      .close("B")
      .deliver({ from: "B", flags: ["ACK", "FIN"] })
      .drop({ from: "A", flags: ["ACK"] })
      .wait(1)
      .deliver({ from: "B", flags: ["ACK", "FIN"] })
      // 1 s after entering TIME-WAIT the FIN came again; wait until just past the first 2 MSL.
      .wait(2 * msl - 0.5);
    const parsed = parseScenario(script.scenario());
    if (!parsed.ok) throw new Error(parsed.message);
    const { trace } = simulateDetailed(parsed.scenario);
    const last = trace.steps[trace.steps.length - 1]!;
    expect(last.states.A).toBe("TIME-WAIT");
  });
});

describe("flashcards are filed where they teach", () => {
  it("'a connection sits in CLOSE-WAIT' is a teardown-states card", () => {
    expect(concept("close-wait-means").concept).toBe("teardown-states");
  });
});

describe("flashcards say who sends what, and when", () => {
  it("syn-received-timeout names the sender of each segment its back lists", () => {
    const spec = engine("syn-received-timeout");
    for (const seed of SEEDS) {
      const draw = drawEngineCard(spec, seed);
      for (const locale of LOCALES) {
        const view = renderEngineCard(draw, locale);
        expect(view.result.sent.length, `seed ${seed}`).toBe(2);
        for (const segment of view.result.sent) {
          // "B (the server) retransmits its SYN,ACK" / "B（服务器）重传它的 SYN,ACK"
          const clause = new RegExp(`\\b${segment.from}\\b[^.;。；]*?\\b${segment.flags}(?!,?[A-Z])`);
          expect(view.rule, `seed ${seed} ${locale}: ${segment.from} sends ${segment.flags}`).toMatch(clause);
        }
      }
    }
  });

  it("syn-sent-second-timeout says when each transmission leaves, with the card's own RTO", () => {
    const spec = engine("syn-sent-second-timeout");
    for (const seed of SEEDS) {
      const draw = drawEngineCard(spec, seed);
      const rto = Number(draw.vars.rto);
      const en = renderEngineCard(draw, "en");
      const zh = renderEngineCard(draw, "zh");
      expect(en.rule).not.toMatch(/second copy/);
      expect(en.rule).toContain(`first retransmission at ${rto} s`);
      expect(en.rule).toContain(`2 × RTO = ${2 * rto} s after the first, at ${3 * rto} s`);
      expect(zh.rule).toContain(`第一次重传在第 ${rto} 秒`);
      expect(zh.rule).toContain(`2 × RTO = ${2 * rto} 秒发出，即第 ${3 * rto} 秒`);
      // And the engine agrees: the card's event is the timer that fires at 3 × RTO.
      expect(draw.run.trace.steps[draw.step]!.t - draw.run.trace.steps.find((s) => s.sent.length > 0)!.t).toBeCloseTo(3 * rto, 6);
    }
  });

  it("why-three-segments-to-open: the RST replaces the third segment, it is not the third segment", () => {
    const text = both(concept("why-three-segments-to-open").answer);
    expect(text).not.toMatch(/third segment is where|第三次握手正是/);
    expect(text).toMatch(/RST in place of the third segment/);
    expect(text).toMatch(/RST 代替第三个报文段/);
  });
});
