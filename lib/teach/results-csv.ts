// The results CSV's parts that are not cell escaping (lib/teach/csv.ts does that): its table (a
// row a student, a column a question), the download's file name, which keeps any title (RFC 6266
// filename* next to an ASCII filename for old clients), and times written in the teacher's own
// time zone in a form spreadsheets read as dates.
import type { Messages } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/translate";
import { csvFileName } from "./csv";
import type { AssignmentResultsDto } from "./dto";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

type Cell = string | number | null;

/** The header and one row a student, in the teacher's language and time zone. */
export function resultsCsvTable(results: AssignmentResultsDto, options: { t: Messages["teach"]; timeZone: string }): Cell[][] {
  const { t, timeZone } = options;
  const total = results.assignment.items.length;
  const zoned = (label: string) => interpolate(t.csvTimeColumn, { column: label, timeZone });
  const header = [
    t.colName,
    t.colEmail,
    t.colStatus,
    t.colScore,
    t.colMaxScore,
    t.colAttempts,
    t.colTimeSeconds,
    t.colHintsUsed,
    zoned(t.colSubmitted),
    zoned(t.colDue),
    ...results.assignment.items.map((item, index) => interpolate(t.csvQuestionColumn, { n: index + 1, title: item.templateTitle })),
  ];
  const rows = results.rows.map((row) => [
    row.name,
    row.email,
    t[`status_${row.status.replace("-", "_")}` as "status_late"],
    row.score,
    total,
    row.attemptsUsed,
    row.timeSpentMs === null ? null : Math.round(row.timeSpentMs / 1000),
    // Of the counted attempt, as on the results page; empty when nothing is submitted.
    row.score === null ? null : row.hintsUsed,
    csvDateTime(row.submittedAt, timeZone),
    csvDateTime(row.extendedDueAt ?? results.assignment.dueAt, timeZone),
    ...row.itemsCorrect.map((correct) => (correct === null ? null : correct ? 1 : 0)),
  ]);
  return [header, ...rows];
}

/** `attachment; filename="quiz-1.csv"; filename*=UTF-8''%E6%8F%A1%E6%89%8B.csv` (RFC 6266 and RFC 8187). */
export function csvContentDisposition(title: string, fallback: string): string {
  const ascii = csvFileName(title, fallback);
  const full = `${
    title
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 100) || fallback
  }.csv`;
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 8187's attr-char does not allow them.
  const encoded = encodeURIComponent(full).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** "2026-03-01 09:30" in `timeZone` (24-hour clock), or null. */
export function csvDateTime(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(
    dateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
