"use client";
// An assignment's results, one row per student, rendered in the browser from compact rows
// (lib/teach/results-rows.ts): the server sends the data once instead of the rendered rows in the
// RSC payload beside the same markup in the HTML (issue 12).
import Link from "next/link";
import { useT } from "@/components/i18n/i18n-provider";
import { ScrollArea } from "@/components/ui/scroll-area";
import { LocalTime } from "@/components/ui/local-time";
import type { ResultsRow } from "@/lib/teach/results-rows";
import { Dated } from "./dated";
import { ExtensionForm } from "./extension-form";
import { duration } from "./format";
import { StatusBadge } from "./status-badge";

export function ResultsTable({ assignmentId, total, rows }: { assignmentId: string; total: number; rows: readonly ResultsRow[] }) {
  const t = useT("teach");
  const common = useT("common");
  const practice = useT("practice");
  const none = t("notEnough");
  const durationWords = {
    seconds: (s: string) => practice("durationSeconds", { s }),
    minutes: (m: string, s: string) => practice("durationMinutes", { m, s }),
  };
  return (
    <ScrollArea label={t("resultsHeading")} hint={common("scrollHint")} className="relative rounded-xl border border-border">
      <table className="w-full text-left text-sm">
        <thead className="bg-surface-raised text-muted">
          <tr>
            {(["colName", "colStatus", "colScore", "colTime", "colSubmitted", "colDue"] as const).map((key) => (
              <th key={key} scope="col" className="px-3 py-2 font-medium">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([studentId, name, status, score, hintsUsed, timeSpentMs, submittedAt, extendedDueAt]) => (
            <tr key={studentId} className="border-t border-border align-top">
              <th scope="row" className="min-w-32 px-3 py-2 font-medium break-words">
                {name}
                {/* In the first column, so a phone shows it without scrolling sideways. */}
                <Link
                  href={`/teach/assignments/${assignmentId}/students/${studentId}`}
                  aria-label={t("detailsLabel", { name })}
                  className="mt-0.5 block text-sm font-normal text-accent underline underline-offset-4"
                >
                  {t("details")}
                </Link>
              </th>
              <td className="px-3 py-2">
                <StatusBadge status={status} t={t} />
              </td>
              <td className="px-3 py-2 font-mono tabular-nums whitespace-nowrap">
                {score === null ? none : t("scoreOf", { score, total })}
                {hintsUsed > 0 ? <span className="block font-sans text-xs text-muted">{t("hintsUsedCount", { count: hintsUsed })}</span> : null}
              </td>
              <td className="px-3 py-2 font-mono tabular-nums whitespace-nowrap">{duration(timeSpentMs, none, durationWords)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{submittedAt ? <LocalTime iso={submittedAt} /> : none}</td>
              <td className="min-w-64 px-3 py-2">
                <p className="mb-1 text-xs text-muted">{extendedDueAt ? <Dated text={t("extendedTo")} iso={extendedDueAt} /> : t("classDue")}</p>
                <ExtensionForm assignmentId={assignmentId} studentId={studentId} name={name} extended={extendedDueAt !== null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
