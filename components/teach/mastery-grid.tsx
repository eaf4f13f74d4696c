import { scoreColor } from "@/components/diagram/score-color";
import { cx } from "@/components/ui/cx";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { MasteryGridDto } from "@/lib/teach/dto";

/**
 * Students by concepts: each cell has its number and a colour swatch (colour is never the only
 * cue; the answer count is in the cell's name and title). Built to fit 18 concepts or more in the
 * 1280 px window without a sideways scroll: concept names stand upright in narrow columns
 * (CJK reads top to bottom, Latin text is turned to read bottom to top) and a cell holds only
 * its percentage; the student column keeps a readable width in either language. Narrower
 * screens scroll sideways with the names held in place.
 */
export function MasteryGrid({ grid, t, locale, scrollHint }: { grid: MasteryGridDto; t: Translator<"teach">; locale: Locale; scrollHint: string }) {
  const vertical = locale === "zh" ? "[writing-mode:vertical-rl]" : "[writing-mode:vertical-rl] rotate-180";
  return (
    <ScrollArea label={t("masteryGridLink")} hint={scrollHint} className="relative rounded-xl border border-border">
      <table className="w-full text-left text-sm">
        <thead className="bg-surface-raised text-muted">
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-36 bg-surface-raised px-3 py-2 align-bottom font-medium">
              {t("colStudent")}
            </th>
            {grid.concepts.map((c) => (
              <th key={c.id} scope="col" className="w-12 px-1 py-2 align-bottom text-xs font-medium">
                <span className={cx("mx-auto block max-h-44 leading-tight", vertical)}>{c.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((student) => (
            <tr key={student.studentId} className="border-t border-border">
              <th scope="row" className="sticky left-0 z-10 min-w-36 bg-surface px-3 py-2 font-medium break-words">
                {student.name}
              </th>
              {student.cells.map((cell) => {
                const concept = grid.concepts.find((c) => c.id === cell.concept)?.name ?? cell.concept;
                const value = cell.attempts === 0 ? t("gridNoData") : `${Math.round(cell.mastery * 100)}%`;
                return (
                  <td
                    key={cell.concept}
                    className="px-1 py-2 text-center"
                    title={t("gridCellLabel", { student: student.name, concept, value, n: cell.attempts })}
                  >
                    {cell.attempts === 0 ? (
                      <span className="text-muted" aria-label={t("gridNoData")}>
                        —
                      </span>
                    ) : (
                      <span className="inline-flex flex-col items-center gap-0.5 font-mono text-xs tabular-nums">
                        <span aria-hidden="true" className="inline-block h-2 w-6 rounded-sm" style={{ background: scoreColor(cell.mastery) ?? undefined }} />
                        {value}
                        <span className="sr-only">({cell.attempts})</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
