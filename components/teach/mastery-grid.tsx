"use client";

import { scoreColor } from "@/components/diagram/score-color";
import { cx } from "@/components/ui/cx";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { Locale } from "@/lib/i18n/config";
import type { MasteryGridRow } from "@/lib/teach/mastery-grid-rows";

/** The cells' look, set once on the table. */
const CELLS = cx(
  "[&_td]:px-1 [&_td]:py-2 [&_td]:text-center [&_td]:font-mono [&_td]:text-xs [&_td]:tabular-nums",
  "[&_td_i]:mx-auto [&_td_i]:mb-0.5 [&_td_i]:block [&_td_i]:h-2 [&_td_i]:w-6 [&_td_i]:rounded-sm",
  "[&_td_small]:block [&_td_small]:text-[0.625rem] [&_td_small]:text-muted [&_td>span]:text-muted",
);

/**
 * Students by concepts: each cell has its number, its answer count and a colour swatch (colour is
 * never the only cue). Built to fit 18 concepts or more in the 1280 px window without a sideways
 * scroll: concept names stand upright in narrow columns (CJK reads top to bottom, Latin text is
 * turned to read bottom to top) and a cell holds only its percentage and count; the student column
 * keeps a readable width in either language. Narrower screens scroll sideways with the names held
 * in place.
 *
 * A class of 50 has a thousand cells. The server sends them as numbers (a client component), not
 * as a rendered tree in the RSC payload beside the same markup in the HTML; a cell is its content
 * only, its look set once on the table (descendant variants), with no per-cell classes or title
 * (issue 12: 965 kB of HTML for 50 students with them).
 */
export function MasteryGrid({
  concepts,
  rows,
  locale,
  labels,
}: {
  concepts: readonly string[];
  rows: readonly MasteryGridRow[];
  locale: Locale;
  labels: { region: string; scrollHint: string; student: string; noData: string };
}) {
  const vertical = locale === "zh" ? "[writing-mode:vertical-rl]" : "[writing-mode:vertical-rl] rotate-180";
  return (
    <ScrollArea label={labels.region} hint={labels.scrollHint} className="relative rounded-xl border border-border">
      <table className={cx("w-full text-left text-sm", CELLS)}>
        <thead className="bg-surface-raised text-muted">
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-36 bg-surface-raised px-3 py-2 align-bottom font-medium">
              {labels.student}
            </th>
            {concepts.map((name) => (
              <th key={name} scope="col" className="w-12 px-1 py-2 align-bottom text-xs font-medium">
                <span className={cx("mx-auto block max-h-44 leading-tight", vertical)}>{name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-border">
              <th scope="row" className="sticky left-0 z-10 min-w-36 bg-surface px-3 py-2 font-medium break-words">
                {row.name}
              </th>
              {row.cells.map(([attempts, percent], k) =>
                attempts === 0 ? (
                  // The dash is the legend's "no answers yet"; screen readers hear the words.
                  <td key={k}>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{labels.noData}</span>
                  </td>
                ) : (
                  <td key={k}>
                    <i aria-hidden="true" style={{ background: scoreColor(percent / 100) ?? undefined }} />
                    {`${percent}%`}
                    <small>{`(${attempts})`}</small>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
