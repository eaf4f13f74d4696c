import type { Calendar } from "@/lib/progress/calendar";
import type { Locale } from "@/lib/i18n/config";
import { HTML_LANG } from "@/lib/i18n/config";
import { formatMonth } from "./format";

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 18;

/** Level 0 is an empty square; levels 1-4 the accent colour, stronger with more activity. */
export const LEVEL_FILL = [
  "var(--surface-raised)",
  "color-mix(in srgb, var(--accent) 30%, transparent)",
  "color-mix(in srgb, var(--accent) 55%, transparent)",
  "color-mix(in srgb, var(--accent) 80%, transparent)",
  "var(--accent)",
] as const;

/**
 * The GitHub-style grid as SVG (no script): one column per week, Monday at the top. Each square
 * has a tooltip; the whole grid is one image whose label summarises it, and the month table
 * next to it gives the figures as text.
 */
export function CalendarGrid({
  calendar,
  locale,
  label,
  dayTitle,
}: {
  calendar: Calendar;
  locale: Locale;
  label: string;
  dayTitle: (cell: { day: string; answers: number; reviews: number }) => string;
}) {
  const width = LEFT + calendar.weeks.length * STEP;
  const height = TOP + 7 * STEP;
  const weekday = new Intl.DateTimeFormat(HTML_LANG[locale], { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday: rows 0, 2 and 4 are Monday, Wednesday and Friday.
  const rowLabel = (row: number) => weekday.format(new Date(Date.UTC(2024, 0, 1 + row)));
  return (
    <div className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        className="block min-w-[300px] max-w-[560px] text-fg"
        style={{ height: "auto" }}
      >
        {calendar.months.map((m, k) =>
          // A month that starts in the last column, or right after the previous label, gets no label of its own.
          k > 0 && m.firstWeek - (calendar.months[k - 1]?.firstWeek ?? -9) < 3 ? null : (
            <text key={m.month} x={LEFT + m.firstWeek * STEP} y={11} fontSize={10} fill="var(--muted)">
              {formatMonth(m.month, locale, "short")}
            </text>
          ),
        )}
        {[0, 2, 4].map((row) => (
          <text key={row} x={LEFT - 6} y={TOP + row * STEP + CELL / 2} fontSize={9.5} textAnchor="end" dominantBaseline="central" fill="var(--muted)">
            {rowLabel(row)}
          </text>
        ))}
        {calendar.weeks.map((week, w) =>
          week.days.map((cell, d) =>
            cell ? (
              <rect
                key={cell.day}
                x={LEFT + w * STEP}
                y={TOP + d * STEP}
                width={CELL}
                height={CELL}
                rx={2.5}
                fill={LEVEL_FILL[cell.level]}
                data-level={cell.level}
              >
                <title>{dayTitle(cell)}</title>
              </rect>
            ) : null,
          ),
        )}
      </svg>
    </div>
  );
}
