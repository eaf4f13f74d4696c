"use client";
import type { CSSProperties } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { addDays } from "@/lib/progress/dates";
import { activityLevel } from "@/lib/progress/calendar";
import { HTML_LANG } from "@/lib/i18n/config";
import { LEVEL_FILL, type CalendarGridData } from "./calendar-data";
import { formatDay } from "./format";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 18;
// The squares' colours, set once on the grid by level rather than on each of 180 squares: the
// levels' fills are LEVEL_FILL's (the legend's too), passed in as custom properties.
const LEVEL_FILL_CLASSES = [
  "[&_[data-level='0']]:fill-(--level-0)",
  "[&_[data-level='1']]:fill-(--level-1)",
  "[&_[data-level='2']]:fill-(--level-2)",
  "[&_[data-level='3']]:fill-(--level-3)",
  "[&_[data-level='4']]:fill-(--level-4)",
].join(" ");
const LEVEL_VARIABLES = Object.fromEntries(LEVEL_FILL.map((fill, level) => [`--level-${level}`, fill])) as CSSProperties;

/**
 * The GitHub-style grid as SVG: one column per week, Monday at the top. The whole grid is one
 * image whose label summarises it, and the month table next to it gives the figures as text. Each
 * square's tooltip is added once the page is interactive (a tooltip needs a pointer over it,
 * which needs the page first), so the HTML does not carry 180 of them.
 */
export function CalendarGrid({ data, label }: { data: CalendarGridData; label: string }) {
  const t = useT("progress");
  const locale = useLocale();
  // False while rendering on the server and hydrating, true after: no tooltips in the HTML.
  const withTitles = useBrowserValue(() => true, false);
  const width = LEFT + data.weeks * STEP;
  const height = TOP + 7 * STEP;
  const weekday = dateTimeFormat(HTML_LANG[locale], { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday: rows 0, 2 and 4 are Monday, Wednesday and Friday.
  const rowLabel = (row: number) => weekday.format(new Date(Date.UTC(2024, 0, 1 + row)));
  const squares = [];
  for (let k = 0; k < data.answers.length; k += 1) {
    const answers = data.answers[k]!;
    const reviews = data.reviews[k]!;
    const level = activityLevel(answers + reviews);
    const w = Math.floor(k / 7);
    const d = k % 7;
    squares.push(
      <rect key={k} x={LEFT + w * STEP} y={TOP + d * STEP} width={CELL} height={CELL} rx={2.5} data-level={level}>
        {withTitles ? (
          <title>{t("calendarDayTitle", { day: formatDay(addDays(data.from, k), locale, { withYear: true, weekday: true }), answers, reviews })}</title>
        ) : null}
      </rect>,
    );
  }
  return (
    <div className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        className={`block min-w-[300px] max-w-[560px] text-fg ${LEVEL_FILL_CLASSES}`}
        style={{ height: "auto", ...LEVEL_VARIABLES }}
      >
        {data.months.map((m) => (
          <text key={m.firstWeek} x={LEFT + m.firstWeek * STEP} y={11} fontSize={10} fill="var(--muted)">
            {m.label}
          </text>
        ))}
        {[0, 2, 4].map((row) => (
          <text key={row} x={LEFT - 6} y={TOP + row * STEP + CELL / 2} fontSize={9.5} textAnchor="end" dominantBaseline="central" fill="var(--muted)">
            {rowLabel(row)}
          </text>
        ))}
        {squares}
      </svg>
    </div>
  );
}
