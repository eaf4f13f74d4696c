// Finding 9 of issue 13: cells that a semicolon-, tab- or pipe-separated reader would split into
// a cell starting with a formula character.
import { describe, expect, it } from "vitest";
import { escapeCsvCell, toCsv } from "./csv";

describe("escapeCsvCell against readers that split on ; tab or |", () => {
  it("quotes every text cell, even ones without a comma", () => {
    for (const name of ["x;=1+1", "y\t=2+2", "z|=3+3", "plain"]) expect(escapeCsvCell(name)).toMatch(/^".*"$/s);
  });

  it("neutralises a formula character after ; tab or |", () => {
    expect(escapeCsvCell("x;=1+1")).toBe(`"x;'=1+1"`);
    expect(escapeCsvCell("y\t=2+2")).toBe(`"y\t'=2+2"`);
    expect(escapeCsvCell("z|@SUM(A1)")).toBe(`"z|'@SUM(A1)"`);
    expect(escapeCsvCell("a;+1;-2")).toBe(`"a;'+1;'-2"`);
    // Not after other characters: a hyphenated name stays as it is.
    expect(escapeCsvCell("Jean-Luc=ok")).toBe(`"Jean-Luc=ok"`);
  });

  it("no cell of the file, split on ; tab or |, starts with a formula character", () => {
    const names = ["x;=1+1", "y\t=2+2", "w|+cmd", "=HYPERLINK(1)", "ok"];
    const file = toCsv([["name"], ...names.map((name) => [name])]);
    for (const separator of [";", "\t", "|", ","]) {
      const cells = file
        .replace(/^\uFEFF/, "")
        .split(/\r\n/)
        .flatMap((line) => line.split(separator))
        .map((cell) => cell.replace(/^"/, ""));
      expect(
        cells.filter((cell) => /^[=+\-@]/.test(cell)),
        separator,
      ).toEqual([]);
    }
  });
});
