import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaptureHandInPanel } from "@/components/captures/capture-hand-in-panel";
import { AssignmentReview } from "@/components/classes/assignment-review";
import { AssignmentRunner } from "@/components/classes/assignment-runner";
import { REVIEW_PRACTICE_KEYS } from "@/components/classes/review-message-keys";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StartAttemptButton } from "@/components/classes/start-attempt-button";
import { Dated } from "@/components/teach/dated";
import { StatusBadge } from "@/components/teach/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { getStudentAssignment } from "@/lib/server/classes/get-student-assignment";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("assignmentsTitle") };
}

/** A student's assignment: start, take (resuming where they were), submit, review. */
export default async function AssignmentPage({ params }: Props) {
  const user = await requireUser();
  const { assignmentId } = await params;
  const locale = await getLocale();
  const [t, practice, manage, view] = await Promise.all([
    getT("teach"),
    getT("practice"),
    getT("manage"),
    getStudentAssignment({ studentId: user.id, assignmentId, locale }),
  ]);
  if (!view) notFound();
  const used = view.attempts.length;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link href="/classes" className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("myClassesTitle")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold tracking-tight break-words">{view.title}</h1>
          <StatusBadge status={view.status} t={t} />
        </div>
        <p className="text-muted">
          {view.className} · <Dated text={t("dueLabel")} iso={view.dueAt} />
        </p>
        {view.extended ? <p className="text-sm text-muted">{t("extendedNote")}</p> : null}
      </header>

      {view.window === "not-open" ? (
        <Alert title={t("notOpenYetTitle")}>
          <Dated text={t("notOpenYetBody")} iso={view.opensAt} />
        </Alert>
      ) : null}
      {view.window === "closed" && view.closedEarly ? (
        <Alert tone="error" title={manage("closedEarlyTitle")}>
          <Dated text={manage("closedEarlyBody")} iso={view.dueAt} />
        </Alert>
      ) : null}
      {view.window === "closed" && !view.closedEarly ? (
        <Alert tone="error" title={t("closedTitle")}>
          <Dated text={t("closedBody")} iso={view.dueAt} />
        </Alert>
      ) : null}

      {view.current ? (
        <ClientMessages namespaces={["practice"]}>
          <AssignmentRunner
            assignmentId={view.id}
            attempt={view.current.attempt}
            attemptsAllowed={view.attemptsAllowed}
            showAnswers={view.showAnswers}
            initialItems={view.current.items}
            deadline={view.deadline}
            serverNow={view.serverNow}
          />
        </ClientMessages>
      ) : null}

      {view.review ? (
        <section aria-labelledby="review-heading" className="space-y-4">
          <h2 id="review-heading" className="text-xl font-semibold tracking-tight">
            {t("reviewHeading", { n: view.review.attempt })}
          </h2>
          {view.review.score !== null ? (
            <p className="text-lg font-semibold" data-testid="score">
              {t("scoreLine", { score: view.review.score, total: view.itemCount })}
            </p>
          ) : (
            <Alert>{t("scoreHeld")}</Alert>
          )}
          {view.showAnswers === "NEVER" ? <p className="text-sm text-muted">{t("scoreNoAnswers")}</p> : null}
          {view.canStart ? <p className="text-sm text-muted">{t("attemptsLeft", { n: view.attemptsAllowed - used })}</p> : null}
        </section>
      ) : null}

      {view.canStart ? (
        <Card>
          <CardTitle>{t("startHeading")}</CardTitle>
          <p className="mt-2 mb-4 text-muted">
            <Dated text={t("startBody", { n: view.itemCount })} iso={view.dueAt} />
          </p>
          {view.timeLimitMinutes ? (
            <p className="mb-4 font-medium" data-testid="time-limit-note">
              {manage("timeLimitNote", { n: view.timeLimitMinutes })}
            </p>
          ) : null}
          <StartAttemptButton assignmentId={view.id} label={used === 0 ? t("startAttempt") : t("startAgain", { n: used + 1, total: view.attemptsAllowed })} />
        </Card>
      ) : null}

      {view.review ? (
        <ClientMessages pick={{ practice: REVIEW_PRACTICE_KEYS }}>
          <AssignmentReview assignmentId={view.id} attempt={view.review.attempt} items={view.review.items} t={t} noFlags={practice("noFlagsAnswer")} />
        </ClientMessages>
      ) : null}

      {view.hasCaptureTask ? <CaptureHandInPanel studentId={user.id} assignmentId={view.id} /> : null}
    </div>
  );
}
