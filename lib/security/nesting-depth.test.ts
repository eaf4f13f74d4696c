import { describe, expect, it } from "vitest";
import { exceedsNestingDepth } from "./nesting-depth";

describe("exceedsNestingDepth", () => {
  it("counts brackets outside strings only", () => {
    expect(exceedsNestingDepth(JSON.stringify([{ a: [1, { b: "[[[[[[" }] }]), 4)).toBe(false);
    expect(exceedsNestingDepth(JSON.stringify([[[[1]]]]), 3)).toBe(true);
    expect(exceedsNestingDepth('["\\"[[[[[["]', 1)).toBe(false);
  });

  it("finds 5,000 levels in a JSON or multipart body", () => {
    const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
    expect(exceedsNestingDepth(deep, 64)).toBe(true);
    const multipart = `------x\r\nContent-Disposition: form-data; name="1"\r\n\r\n${deep}\r\n------x--`;
    expect(exceedsNestingDepth(multipart, 64)).toBe(true);
    expect(exceedsNestingDepth(JSON.stringify([{ deck: null, cardId: "x", rating: "good", version: 0 }]), 64)).toBe(false);
  });
});
