import Link from "next/link";
import { EmptyState } from "@/components/teach/empty-state";
import { Dated } from "@/components/teach/dated";
import { StatusBadge } from "@/components/teach/status-badge";
import type { Translator } from "@/lib/i18n/translate";
import type { StudentAssignmentSummaryDto } from "@/lib/teach/dto";

export function AssignmentList({ assignments, t }: { assignments: StudentAssignmentSummaryDto[]; t: Translator<"teach"> }) {
  if (assignments.length === 0) return <EmptyState title={t("noMyAssignmentsTitle")} body={t("noMyAssignmentsBody")} />;
  return (
    <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
      {assignments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0">
            <Link href={`/assignments/${a.id}`} className="font-medium break-words text-accent underline-offset-4 hover:underline">
              {a.title}
            </Link>
            <p className="text-sm break-words text-muted">
              {a.className} · <Dated text={t("dueLabel")} iso={a.dueAt} />
            </p>
          </div>
          <div className="flex items-center gap-2">
            {a.score !== null ? <span className="font-mono text-sm tabular-nums">{t("scoreOf", { score: a.score, total: a.itemCount })}</span> : null}
            <StatusBadge status={a.status} t={t} />
          </div>
        </li>
      ))}
    </ul>
  );
}
