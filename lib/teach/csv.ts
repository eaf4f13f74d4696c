// CSV for spreadsheets (RFC 4180 quoting). Every text cell is quoted, and a formula character
// (= + - @, or a tab or carriage return) that starts a cell, or follows a ; tab or | (where a
// reader that splits on those would start a new cell), gets an apostrophe in front, so that
// Excel, LibreOffice and Google Sheets show it as text instead of running it (OWASP "CSV
// injection"). Numbers are written as numbers.
export type CsvCell = string | number | null;

const FORMULA_AT_CELL_START = /(^|[;\t|])(?=[=+\-@\t\r])/g;

export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = cell.replace(FORMULA_AT_CELL_START, "$1'");
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a byte-order mark (so Excel reads UTF-8, e.g. Chinese names), CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(escapeCsvCell).join(",")).join("\r\n")}\r\n`;
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes only. */
export function csvFileName(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return `${slug || fallback}.csv`;
}
