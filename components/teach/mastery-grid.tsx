import { scoreColor } from "@/components/diagram/score-color";
import type { Translator } from "@/lib/i18n/translate";
import type { MasteryGridDto } from "@/lib/server/teach/dto";

/** Students by concepts: each cell has its number and a colour swatch (colour is never the only cue). */
export function MasteryGrid({ grid, t }: { grid: MasteryGridDto; t: Translator<"teach"> }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border">
      <table className="w-full text-left text-sm">
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
        <tbody>
          {grid.students.map((student) => (
            <tr key={student.studentId} className="border-t border-border">
              <th scope="row" className="sticky left-0 bg-surface px-3 py-2 font-medium break-words">{student.name}</th>
              {student.cells.map((cell) => {
                const concept = grid.concepts.find((c) => c.id === cell.concept)?.name ?? cell.concept;
                const value = cell.attempts === 0 ? t("gridNoData") : `${Math.round(cell.mastery * 100)}%`;
                return (
                  <td key={cell.concept} className="px-2 py-2" title={t("gridCellLabel", { student: student.name, concept, value, n: cell.attempts })}>
                    {cell.attempts === 0 ? (
                      <span className="text-muted" aria-label={t("gridNoData")}>—</span>
                    ) : (
                      <span className="flex items-center gap-1.5 font-mono tabular-nums">
                        <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm" style={{ background: scoreColor(cell.mastery) ?? undefined }} />
                        {value}
                        <span className="text-xs text-muted">({cell.attempts})</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
