import { describe, expect, it } from "vitest";
import { csvFileName, escapeCsvCell, toCsv } from "./csv";

describe("escapeCsvCell", () => {
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(escapeCsvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(escapeCsvCell("+1")).toBe(`"'+1"`);
    expect(escapeCsvCell("-2+3")).toBe(`"'-2+3"`);
    expect(escapeCsvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(escapeCsvCell("\tcmd")).toBe(`"'\tcmd"`);
  });

  it("quotes every text cell, doubling quotes, and leaves numbers alone", () => {
    expect(escapeCsvCell("Lin, Mei")).toBe(`"Lin, Mei"`);
    expect(escapeCsvCell('say "hi"')).toBe(`"say ""hi"""`);
    expect(escapeCsvCell("two\nlines")).toBe(`"two\nlines"`);
    expect(escapeCsvCell("Ada")).toBe(`"Ada"`);
    expect(escapeCsvCell("李雷")).toBe(`"李雷"`);
    expect(escapeCsvCell(-3)).toBe("-3");
    expect(escapeCsvCell(null)).toBe("");
  });

  it("writes a UTF-8 file with a byte-order mark and CRLF rows", () => {
    expect(
      toCsv([
        ["name", "score"],
        ["=1+1", 2],
      ]),
    ).toBe(`\uFEFF"name","score"\r\n"'=1+1",2\r\n`);
  });

  it("makes an ASCII file name", () => {
    expect(csvFileName("Quiz 1: handshake!", "results")).toBe("quiz-1-handshake.csv");
    expect(csvFileName("握手测验", "results")).toBe("results.csv");
  });
});
