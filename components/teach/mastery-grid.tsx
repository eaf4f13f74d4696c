import { scoreColor } from "@/components/diagram/score-color";
import type { Translator } from "@/lib/i18n/translate";
import type { MasteryGridDto } from "@/lib/server/teach/dto";

// Every cell's look is set once, on the table (descendant variants), so that a cell is only its
// content: a class of 50 students by 11 concepts is 550 cells, each sent twice (in the HTML and in
// the RSC payload), and per-cell classes and titles made the page 550 kB (issue 12). The row and
// column headers name the student and concept of a cell for screen readers (table semantics).
const TABLE =
  "w-full text-left text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:font-mono [&_td]:whitespace-nowrap [&_td]:tabular-nums " +
  "[&_i]:mr-1.5 [&_i]:inline-block [&_i]:size-3 [&_i]:rounded-sm [&_i]:align-[-1px] [&_small]:ml-1 [&_small]:text-xs [&_small]:text-muted";

/** Students by concepts: each cell has its number and a colour swatch (colour is never the only cue). */
export function MasteryGrid({ grid, t }: { grid: MasteryGridDto; t: Translator<"teach"> }) {
  const noData = t("gridNoData");
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border">
      <table className={TABLE}>
        <thead className="bg-surface-raised text-muted">
          <tr>
            <th scope="col" className="sticky left-0 bg-surface-raised px-3 py-2 font-medium">{t("colStudent")}</th>
            {grid.concepts.map((c) => (
              <th key={c.id} scope="col" className="min-w-28 px-2 py-2 align-bottom text-xs font-medium">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="[&_tr]:border-t [&_tr]:border-border [&_th]:sticky [&_th]:left-0 [&_th]:bg-surface [&_th]:px-3 [&_th]:py-2 [&_th]:font-medium [&_th]:break-words">
          {grid.students.map((student) => (
            <tr key={student.studentId}>
              <th scope="row">{student.name}</th>
              {student.cells.map((cell) =>
                cell.attempts === 0 ? (
                  <td key={cell.concept} className="text-muted" aria-label={noData}>
                    —
                  </td>
                ) : (
                  <td key={cell.concept}>
                    <i aria-hidden="true" style={{ background: scoreColor(cell.mastery) ?? undefined }} />
                    {Math.round(cell.mastery * 100)}%<small>({cell.attempts})</small>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
