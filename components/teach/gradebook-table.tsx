import Link from "next/link";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { Translator } from "@/lib/i18n/translate";
import type { GradebookDto } from "@/lib/teach/dto";

/**
 * Students by assignments. The student column stays put while the scores scroll sideways (a
 * phone, or many assignments at 1280 px), and the box says it scrolls (ScrollArea's hint).
 */
export function GradebookTable({
  book,
  t,
  teach,
  scrollHint,
}: {
  book: GradebookDto;
  t: Translator<"manage">;
  teach: Translator<"teach">;
  scrollHint: string;
}) {
  const max = book.assignments.reduce((sum, a) => sum + a.itemCount, 0);
  return (
    <ScrollArea label={t("gradebookCaption", { name: book.className })} hint={scrollHint} className="relative rounded-xl border border-border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("gradebookCaption", { name: book.className })}</caption>
        <thead className="bg-surface-raised text-muted">
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-36 bg-surface-raised px-3 py-2 font-medium">
              {t("colStudent")}
            </th>
            {book.assignments.map((a) => (
              <th key={a.id} scope="col" className="max-w-40 min-w-24 px-3 py-2 align-bottom font-medium">
                <Link href={`/teach/assignments/${a.id}`} className="break-words text-accent underline-offset-4 hover:underline">
                  {a.title}
                </Link>
                <span className="block text-xs font-normal">{t("outOf", { n: a.itemCount })}</span>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right align-bottom font-medium whitespace-nowrap">
              {t("colTotal")}
              <span className="block text-xs font-normal">{t("outOf", { n: max })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {book.students.map((student) => (
            <tr key={student.studentId} className="border-t border-border">
              <th scope="row" className="sticky left-0 z-10 min-w-36 bg-surface px-3 py-2 font-medium break-words">
                {student.name}
              </th>
              {student.cells.map((cell, index) => (
                <td key={book.assignments[index]!.id} className="px-3 py-2 font-mono tabular-nums whitespace-nowrap">
                  {cell.score !== null ? (
                    t("scoreCell", { score: cell.score, total: book.assignments[index]!.itemCount })
                  ) : (
                    <span className="font-sans text-muted">{teach(`status_${cell.status.replace("-", "_")}` as "status_late")}</span>
                  )}
                </td>
              ))}
              <td className="px-3 py-2 text-right font-mono font-semibold tabular-nums whitespace-nowrap">
                {t("scoreCell", { score: student.total, total: student.max })}
                {student.max > 0 ? (
                  <span className="block text-xs font-normal text-muted">{t("percent", { p: Math.round((100 * student.total) / student.max) })}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
