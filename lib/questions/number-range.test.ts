// Every number question declares the range a sensible answer lies in (lib/questions/inputs.ts):
// its key and every distractor (some above 2^32, the forgotten wrap-around) lie inside it, and
// parseResponse refuses what lies outside or is not a safe whole number.
import { describe, expect, it } from "vitest";
import { answerFor, DIFFICULTIES, generateQuestion, listTemplates, misconceptionLabel, parseResponse, type PublicInput, type QuestionResponse } from ".";
import { OTHER_MISCONCEPTION } from "./misconceptions";

const SEEDS = Array.from({ length: 30 }, (_, i) => i * 7919 + 1);

function numbersOf(response: QuestionResponse): number[] {
  if (response.kind === "number") return [response.value];
  if (response.kind === "diagram-blanks") return response.values.filter((v): v is number => typeof v === "number");
  return [];
}

function ranges(input: PublicInput) {
  if (input.kind === "number") return [input.range];
  if (input.kind === "diagram-blanks") return input.blanks.filter((b) => b.input === "number").map((b) => b.range);
  return [];
}

describe("number ranges", () => {
  const numberTemplates = listTemplates().filter((t) => t.kind === "number" || t.kind === "diagram-blanks");

  it("exist on every number input and number blank", () => {
    expect(numberTemplates.length).toBeGreaterThan(0);
    for (const template of numberTemplates) {
      for (const range of ranges(generateQuestion(template.id, 1, 1).input.en)) {
        expect(range, template.id).toBeDefined();
        expect(range!.min).toBeLessThan(range!.max);
      }
    }
  });

  it("hold every key and every distractor, and parse them", () => {
    let aboveTwoToThe32 = 0;
    for (const template of numberTemplates) {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS) {
          const question = generateQuestion(template.id, seed, difficulty);
          for (const response of [answerFor(question), ...question.distractors.map((d) => d.response)]) {
            aboveTwoToThe32 += numbersOf(response).filter((n) => n >= 2 ** 32).length;
            expect(parseResponse(question, response).ok, `${template.id} seed ${seed}: ${JSON.stringify(response)}`).toBe(true);
          }
        }
      }
    }
    expect(aboveTwoToThe32, "wrap-around distractors are still accepted").toBeGreaterThan(0);
  });

  it("refuse a 23-digit number, a negative one and a fraction without grading them", () => {
    const template = numberTemplates.find((t) => t.kind === "number")!;
    const question = generateQuestion(template.id, 1, 1);
    for (const value of [1e23, -1, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      const parsed = parseResponse(question, { kind: "number", value });
      expect(parsed.ok, String(value)).toBe(false);
    }
  });
});

describe("issue 17's minor fixes in lib/questions", () => {
  it("every state-order key has at least two states (the form asks for two or more)", () => {
    for (const template of listTemplates().filter((t) => t.kind === "state-order")) {
      for (const seed of SEEDS) {
        const key = answerFor(generateQuestion(template.id, seed, 2));
        expect(key.kind === "state-order" ? key.states.length : 0, template.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("ends the generic feedback line with a full stop in both languages", () => {
    expect(misconceptionLabel(OTHER_MISCONCEPTION, "en")).toMatch(/\.$/);
    expect(misconceptionLabel(OTHER_MISCONCEPTION, "zh")).toMatch(/。$/);
  });
});
