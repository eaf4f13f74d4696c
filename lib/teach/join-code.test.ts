import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, joinCodeFrom, normalizeJoinCode } from "./join-code";
import { pickItemTemplates } from "./pick-items";
import { variantSeed } from "./variant-seed";

describe("join codes", () => {
  it("use no look-alike characters", () => {
    for (const c of "01ILO") expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it("read what a student types: case, spaces and the dash do not matter", () => {
    const code = joinCodeFrom([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(code).toBe("ABCDEFGH");
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode(formatJoinCode(code))).toBe(code);
    expect(normalizeJoinCode("ABCDEFG")).toBeNull();
    expect(normalizeJoinCode("ABCDEFG0")).toBeNull();
  });
});

describe("variantSeed", () => {
  const base = { seedKey: "secret", assignmentId: "a1", studentId: "s1", attempt: 1, itemIndex: 0 };

  it("is deterministic and fits in 31 bits", () => {
    expect(variantSeed(base)).toBe(variantSeed({ ...base }));
    expect(variantSeed(base)).toBeGreaterThanOrEqual(0);
    expect(variantSeed(base)).toBeLessThan(2 ** 31);
  });

  it("changes with the key, the assignment, the student, the attempt and the item", () => {
    const seeds = [
      variantSeed(base),
      variantSeed({ ...base, seedKey: "other" }),
      variantSeed({ ...base, assignmentId: "a2" }),
      variantSeed({ ...base, studentId: "s2" }),
      variantSeed({ ...base, attempt: 2 }),
      variantSeed({ ...base, itemIndex: 1 }),
    ];
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});

describe("pickItemTemplates", () => {
  it("uses every template once before repeating one", () => {
    let n = 0;
    const random = () => (n = (n * 9301 + 49297) % 233280) / 233280;
    const items = pickItemTemplates(["a", "b", "c"], 7, random);
    expect(items).toHaveLength(7);
    expect(new Set(items.slice(0, 3))).toEqual(new Set(["a", "b", "c"]));
    expect(new Set(items.slice(3, 6))).toEqual(new Set(["a", "b", "c"]));
    expect(() => pickItemTemplates([], 1, random)).toThrow();
  });
});
