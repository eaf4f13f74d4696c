// CSV for spreadsheets (RFC 4180 quoting). A cell that starts with = + - @ (or a tab or carriage
// return) would be run as a formula by Excel, LibreOffice and Google Sheets, so text cells like
// that get a leading apostrophe (OWASP "CSV injection"). Numbers are written as numbers.
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
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
