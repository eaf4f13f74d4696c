// Every template's hint, over many seeds and all difficulties: it exists in both languages and
// never gives the key away (not the key's number, state, flags or chosen option).
import { describe, expect, it } from "vitest";
import { TCP_STATES } from "../tcp/types";
import { hintFor } from "./hints";
import { conceptById, DIFFICULTIES, generateQuestion, listTemplates, type Question } from "./index";

/** Whether `text` contains `tell` as a whole token (the key 3 is not in "2^32"). */
const containsToken = (text: string, tell: string) => new RegExp(`(?<![\\w.^])${tell.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.])`).test(text);

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** What of the key a hint could leak, as strings to look for. */
function keyTells(question: Question, locale: "en" | "zh"): string[] {
  const key = question.key;
  switch (key.kind) {
    case "number":
      return [String(key.value)];
    case "state":
      return [key.state];
    case "flags":
      return key.flags.length > 1 ? [key.flags.join(",")] : [];
    case "state-order":
      return [key.states.join(" → "), key.states.join(", ")];
    case "choice": {
      const input = question.input[locale];
      const option = input.kind === "choice" ? input.options.find((o) => o.id === key.choice) : undefined;
      return option ? [option.text] : [];
    }
    case "diagram-blanks":
      return key.values.filter((v) => typeof v === "number" && v > 32).map(String);
  }
}

describe("hints", () => {
  for (const template of listTemplates()) {
    it(`${template.id}: a nudge in both languages that does not give the key away`, () => {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS) {
          const question = generateQuestion(template.id, seed, difficulty);
          const hint = hintFor(question);
          for (const locale of ["en", "zh"] as const) {
            expect(hint[locale].length).toBeGreaterThan(20);
            expect(hint[locale]).not.toContain(question.keyText[locale]);
            for (const tell of keyTells(question, locale)) {
              // A state the prompt itself names is no secret (e.g. "B is in ESTABLISHED").
              if (question.prompt[locale].includes(tell)) continue;
              expect(containsToken(hint[locale], tell), `${template.id} seed ${seed} level ${difficulty} (${locale}): ${tell}`).toBe(false);
            }
            // No state name unless the prompt or the concept's own name says it (TIME-WAIT).
            for (const state of TCP_STATES) {
              if (!containsToken(hint[locale], state)) continue;
              expect(`${question.prompt[locale]} ${conceptById(question.concept).name[locale]}`).toContain(state);
            }
          }
        }
      }
    });
  }

  it("is computed from the question: the side asked about, the unit of the number", () => {
    const order = generateQuestion("teardown-state-order", 3, 1);
    const side = order.input.en.kind === "state-order" ? order.input.en.side : "?";
    expect(hintFor(order).en).toContain(`List ${side}'s states`);
    expect(hintFor(order).zh).toContain(`按 ${side} 经历的先后顺序`);
    expect(hintFor(generateQuestion("handshake-synack-ack", 1, 1)).en).toMatch(
      /^Which side's number does the SYN,ACK acknowledge.*An acknowledgment number is the next sequence number/,
    );
    expect(hintFor(generateQuestion("loss-retransmission-seq", 1, 1)).en).toContain("A sequence number counts");
  });
});
