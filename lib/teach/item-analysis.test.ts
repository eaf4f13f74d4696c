import { describe, expect, it } from "vitest";
import { analyseItems, upperLowerGroups, type StudentOutcomes } from "./item-analysis";

const right = { correct: true, misconception: null };
const wrong = (misconception: string) => ({ correct: false, misconception });
const student = (studentId: string, items: StudentOutcomes["items"]): StudentOutcomes => ({ studentId, items });

describe("upperLowerGroups", () => {
  it("takes 27% of the class (rounded, at least one) from each end, ties broken by id", () => {
    const totals = Array.from({ length: 10 }, (_, i) => ({ studentId: `s${i}`, total: i }));
    expect(upperLowerGroups(totals)).toEqual({ upper: ["s9", "s8", "s7"], lower: ["s2", "s1", "s0"] });
    expect(
      upperLowerGroups([
        { studentId: "b", total: 1 },
        { studentId: "a", total: 1 },
      ]),
    ).toEqual({ upper: ["a"], lower: ["b"] });
  });

  it("has no groups for fewer than two students", () => {
    expect(upperLowerGroups([{ studentId: "a", total: 3 }])).toBeNull();
    expect(upperLowerGroups([])).toBeNull();
  });
});

describe("analyseItems", () => {
  // Four students, three items. Totals: a 3, b 2, c 1, d 0. Groups of round(4 * 0.27) = 1.
  const students = [
    student("a", [right, right, right]),
    student("b", [right, right, wrong("syn-takes-no-sequence-number")]),
    student("c", [right, wrong("fin-takes-no-sequence-number"), null]),
    student("d", [wrong("x"), wrong("fin-takes-no-sequence-number"), wrong("syn-takes-no-sequence-number")]),
  ];
  const analysis = analyseItems(students, ["handshake-numbers", "teardown-numbers", "handshake-numbers"]);

  it("computes the share correct, counting an unanswered item as wrong", () => {
    expect(analysis.items.map((i) => i.shareCorrect)).toEqual([0.75, 0.5, 0.25]);
    expect(analysis.items.map((i) => i.correct)).toEqual([3, 2, 1]);
  });

  it("computes D = upper share correct - lower share correct", () => {
    // Upper {a}, lower {d}: every item is 1 - 0.
    expect(analysis.items.map((i) => i.discrimination)).toEqual([1, 1, 1]);
    // Reversed item: the weakest student alone gets it right.
    const reversed = analyseItems([student("a", [right, wrong("m")]), student("b", [right, wrong("m")]), student("c", [wrong("m"), right])], ["x", "y"]);
    expect(reversed.items[1]!.discrimination).toBe(-1);
    expect(reversed.items[0]!.discrimination).toBe(1);
  });

  it("names the most common misconception among wrong answers", () => {
    expect(analysis.items[1]!.topWrong).toEqual({ misconception: "fin-takes-no-sequence-number", count: 2 });
    // Item 2: two wrong answers with the same mistake and one blank (a blank names no mistake).
    expect(analysis.items[2]!.topWrong).toEqual({ misconception: "syn-takes-no-sequence-number", count: 2 });
    expect(analyseItems([student("a", [right])], ["x"]).items[0]!.topWrong).toBeNull();
  });

  it("pools items per concept", () => {
    const [handshake, teardown] = analysis.concepts;
    expect(handshake).toMatchObject({ concept: "handshake-numbers", itemCount: 2, correct: 4, shareCorrect: 0.5 });
    // a has 2/2 of the concept's items, d 0/2.
    expect(handshake!.discrimination).toBe(1);
    expect(teardown).toMatchObject({ concept: "teardown-numbers", itemCount: 1, shareCorrect: 0.5 });
  });

  it("has no share and no discrimination without enough students", () => {
    const empty = analyseItems([], ["x"]);
    expect(empty.items[0]).toMatchObject({ students: 0, shareCorrect: null, discrimination: null });
    expect(analyseItems([student("a", [right])], ["x"]).items[0]!.discrimination).toBeNull();
  });
});

describe("wrong answers that match no known mistake", () => {
  const other = (response: string) => ({ correct: false, misconception: "other", response });

  it("are never named the most common mistake; the most frequent wrong answers are shown instead", () => {
    const students = [student("a", [other("1001")]), student("b", [other("1001")]), student("c", [other("5000")]), student("d", [right])];
    const [item] = analyseItems(students, ["handshake-numbers"]).items;
    expect(item!.topWrong).toBeNull();
    expect(item!.commonWrongResponses).toEqual([
      { response: "1001", count: 2 },
      { response: "5000", count: 1 },
    ]);
  });

  it("give way to a known misconception when one fits", () => {
    const [item] = analyseItems([student("a", [other("7")]), student("b", [wrong("syn-takes-no-sequence-number")])], ["x"]).items;
    expect(item!.topWrong).toEqual({ misconception: "syn-takes-no-sequence-number", count: 1 });
    expect(item!.commonWrongResponses).toEqual([]);
  });
});

describe("discrimination with few students", () => {
  it("is flagged below ten students and not from ten on", () => {
    const few = Array.from({ length: 4 }, (_, i) => student(`s${i}`, [i % 2 ? right : wrong("x")]));
    const many = Array.from({ length: 10 }, (_, i) => student(`s${i}`, [i % 2 ? right : wrong("x")]));
    expect(analyseItems(few, ["x"]).items[0]!.fewStudents).toBe(true);
    expect(analyseItems(many, ["x"]).items[0]!.fewStudents).toBe(false);
  });
});
