import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaptureHandIns } from "@/components/captures/capture-hand-ins";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/teach/empty-state";
import { ResultsTable } from "@/components/teach/results-table";
import { ItemAnalysis } from "@/components/teach/item-analysis";
import { Dated } from "@/components/teach/dated";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { getLocale, getT } from "@/lib/server/i18n";
import { getTimeZone } from "@/lib/server/progress/time-zone";
import { requireTeacher } from "@/lib/server/session";
import { getAssignmentResults } from "@/lib/server/teach/get-assignment-results";
import { resultsRows } from "@/lib/teach/results-rows";
import { AssignmentControls, type AssignmentPhase } from "@/components/teach/assignment-controls";
import { Alert } from "@/components/ui/alert";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ saved?: string }> };

/** Where the assignment stands by the server's clock: which buttons to offer (the actions check again). */
function phaseOf(assignment: { opensAt: string; dueAt: string; closedAt: string | null }, now = Date.now()): AssignmentPhase {
  if (assignment.closedAt) return "closed-early";
  if (Date.parse(assignment.dueAt) <= now) return "past-due";
  return Date.parse(assignment.opensAt) > now ? "not-open" : "open";
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("resultsHeading") };
}

export default async function AssignmentResultsPage({ params, searchParams }: Props) {
  const teacher = await requireTeacher();
  const [{ assignmentId }, { saved }] = await Promise.all([params, searchParams]);
  const locale = await getLocale();
  const [t, authoring, results, timeZone] = await Promise.all([
    getT("teach"),
    getT("authoring"),
    getAssignmentResults({ teacherId: teacher.id, assignmentId, locale }),
    getTimeZone(),
  ]);
  if (!results) notFound();
  const { assignment, rows } = results;
  const total = assignment.items.length;
  const manage = await getT("manage");
  const phase = phaseOf(assignment);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href={`/teach/classes/${assignment.classId}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToClass", { name: assignment.className })}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">{assignment.title}</h1>
        <p className="text-muted">
          <Dated text={t("opensLabel")} iso={assignment.opensAt} /> · <Dated text={t("dueLabel")} iso={assignment.dueAt} />
        </p>
        <p className="text-sm text-muted">
          {t("settingsSummary", {
            items: total,
            difficulty: assignment.difficulty,
            attempts: assignment.attemptsAllowed,
            show: t(`showAnswers_${assignment.showAnswers}`),
          })}
          {assignment.timeLimitMinutes ? ` · ${manage("settingsTimeLimit", { n: assignment.timeLimitMinutes })}` : null}
        </p>
        <p className="text-sm font-medium" data-testid="assignment-phase">
          {phase === "closed-early" && assignment.closedAt ? <Dated text={manage("stateClosedEarly")} iso={assignment.closedAt} /> : null}
          {phase === "not-open" ? <Dated text={manage("stateNotOpen")} iso={assignment.opensAt} /> : null}
          {phase === "open" ? <Dated text={manage("stateOpen")} iso={assignment.dueAt} /> : null}
          {phase === "past-due" ? manage("stateDuePassed") : null}
        </p>
        {saved ? <Alert tone="success">{manage("savedChanges")}</Alert> : null}
        {assignment.archived ? <Alert>{manage("archivedNotice")}</Alert> : null}
        <AssignmentControls
          assignmentId={assignment.id}
          title={assignment.title}
          phase={phase}
          archived={assignment.archived}
          attempts={results.attemptCount}
        />
        {/* The CSV writes times in this zone. */}
        <TimeZoneSync current={timeZone} />
        <div className="flex flex-wrap gap-2 pt-2">
          <ButtonLink href={`/teach/assignments/${assignment.id}/preview`} variant="secondary" size="sm">
            {t("preview")}
          </ButtonLink>
          <a
            href={`/api/teach/assignments/${assignment.id}/results`}
            download
            className="inline-flex min-h-9 items-center rounded-lg border border-border-strong bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            {t("downloadCsv")}
          </a>
          <a href={`/api/teach/assignments/${assignment.id}/export?format=moodle`} download className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {authoring("exportMoodle")}
          </a>
          <a href={`/api/teach/assignments/${assignment.id}/export?format=qti`} download className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {authoring("exportQti")}
          </a>
        </div>
      </header>

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold tracking-tight">
          {t("resultsHeading")}
        </h2>
        {rows.length === 0 ? (
          <EmptyState title={t("noStudentsTitle")} body={t("noStudentsBody")} />
        ) : (
          <ClientMessages pick={{ practice: ["durationSeconds", "durationMinutes"] }}>
            <ResultsTable assignmentId={assignment.id} total={total} rows={resultsRows(rows)} />
          </ClientMessages>
        )}
      </section>

      {results.submittedCount === 0 ? <EmptyState title={t("noSubmissionsTitle")} body={t("noSubmissionsBody")} /> : <ItemAnalysis results={results} t={t} />}

      <CaptureHandIns teacherId={teacher.id} assignmentId={assignment.id} />
    </div>
  );
}
