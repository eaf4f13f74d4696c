import { describe, expect, it } from "vitest";
import { generateQuestion, listTemplates } from "./registry";

describe("generateQuestion's cache of recent questions", () => {
  const [first, second] = listTemplates();

  it("hands out the same frozen question for the same template, seed and difficulty", () => {
    const a = generateQuestion(first!.id, 41, 2);
    expect(generateQuestion(first!.id, 41, 2)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.prompt)).toBe(true);
    expect(() => {
      (a.prompt as { en: string }).en = "changed";
    }).toThrow(TypeError);
  });

  it("keeps questions of other seeds, difficulties and templates apart, and seeds modulo 2^32", () => {
    const a = generateQuestion(first!.id, 41, 2);
    expect(generateQuestion(first!.id, 41, 1)).not.toBe(a);
    expect(generateQuestion(first!.id, 42, 2)).not.toBe(a);
    expect(generateQuestion(second!.id, 41, 2).template).toBe(second!.id);
    expect(generateQuestion(first!.id, 41 + 2 ** 32, 2)).toBe(a);
  });

  it("makes an evicted question again, equal to the first", () => {
    const a = generateQuestion(first!.id, 7, 3);
    const snapshot = JSON.stringify(a);
    for (let seed = 1_000; seed < 2_200; seed++) generateQuestion(second!.id, seed, 1);
    const again = generateQuestion(first!.id, 7, 3);
    expect(again).not.toBe(a);
    expect(JSON.stringify(again)).toBe(snapshot);
  });
});
