// A roster pasted or uploaded as text: one student a line, as an address alone or as a CSV or
// spreadsheet row with the address in any cell ("Ada Lovelace, ada@example.com"). Blank lines and
// a header row ("email", "Name,Email") are skipped; any other line without exactly one valid
// address is named by its number, so the teacher can fix it. Pure, for the form and the server.
import { z } from "zod";

export interface RosterLine {
  /** 1-based, as an editor numbers lines. */
  line: number;
  text: string;
}

export interface ParsedRoster {
  /** Lower-cased, each once, in the order first seen. */
  emails: string[];
  bad: (RosterLine & { reason: "no-email" | "invalid" | "several" })[];
  duplicates: RosterLine[];
}

const address = z.email();
// Only spaces and punctuation around the word: `\W` would also take any Chinese text, so that a
// line such as "不是邮箱" was silently skipped as a header instead of named as a bad line.
const HEADER = /^[\s\p{P}\p{S}]*(e-?mail|email address|邮箱|电子邮件|邮箱地址)[\s\p{P}\p{S}]*$/iu;

export function parseEmailList(text: string): ParsedRoster {
  const emails: string[] = [];
  const seen = new Set<string>();
  const bad: ParsedRoster["bad"] = [];
  const duplicates: RosterLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const cells = raw
      .split(/[,;\t]/)
      .map((cell) =>
        cell
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .replace(/^<(.*)>$/, "$1")
          .trim(),
      )
      .filter((cell) => cell !== "");
    if (cells.length === 0) return;
    if (cells.some((cell) => HEADER.test(cell)) && !cells.some((cell) => cell.includes("@"))) return;
    // "Ada <ada@example.com>" as one cell: the part in angle brackets.
    const candidates = cells.map((cell) => /<([^<>]+)>/.exec(cell)?.[1]?.trim() ?? cell).filter((cell) => cell.includes("@"));
    const shown = raw.trim().slice(0, 120);
    if (candidates.length === 0) return void bad.push({ line, text: shown, reason: "no-email" });
    if (candidates.length > 1) return void bad.push({ line, text: shown, reason: "several" });
    const email = candidates[0]!.toLowerCase();
    if (!address.safeParse(email).success || email.length > 254) return void bad.push({ line, text: shown, reason: "invalid" });
    if (seen.has(email)) return void duplicates.push({ line, text: shown });
    seen.add(email);
    emails.push(email);
  });
  return { emails, bad, duplicates };
}
