import { describe, expect, it } from "vitest";
import { parseEmailList } from "./email-list";

describe("parseEmailList", () => {
  it("takes one address a line, in any cell of a CSV row, and skips blank lines and a header", () => {
    const parsed = parseEmailList('Name,Email\r\nAda Lovelace, Ada@Example.com\n\n"bob@example.com"\nCarol <carol@example.org>\n');
    expect(parsed.emails).toEqual(["ada@example.com", "bob@example.com", "carol@example.org"]);
    expect(parsed.bad).toEqual([]);
    expect(parseEmailList("邮箱地址\n“邮箱”\nE-mail:\nada@example.com")).toMatchObject({ emails: ["ada@example.com"], bad: [] });
  });

  it("names a Chinese line that only mentions 邮箱 as bad, not as a header", () => {
    const parsed = parseEmailList("邮箱\n不是邮箱\n李雷的邮箱\nada@example.com");
    expect(parsed.emails).toEqual(["ada@example.com"]);
    expect(parsed.bad.map((b) => [b.line, b.reason])).toEqual([
      [2, "no-email"],
      [3, "no-email"],
    ]);
  });

  it("names each bad line by its number and why", () => {
    const parsed = parseEmailList("ada@example.com\nnot an address\nbob@@example\na@example.com; b@example.com");
    expect(parsed.emails).toEqual(["ada@example.com"]);
    expect(parsed.bad.map((b) => [b.line, b.reason])).toEqual([
      [2, "no-email"],
      [3, "invalid"],
      [4, "several"],
    ]);
  });

  it("keeps each address once and reports the repeats", () => {
    const parsed = parseEmailList("ada@example.com\nADA@example.com");
    expect(parsed.emails).toEqual(["ada@example.com"]);
    expect(parsed.duplicates).toEqual([{ line: 2, text: "ADA@example.com" }]);
  });
});
