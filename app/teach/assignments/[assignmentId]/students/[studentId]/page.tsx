import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatResponse } from "@/components/practice/format-response";
import { LocalTime } from "@/components/ui/local-time";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { getStudentWork } from "@/lib/server/teach/get-student-work";

type Props = { params: Promise<{ assignmentId: string; studentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("details") };
}

/** One student's answers, attempt by attempt, with their own variant's keys and their mistakes. */
export default async function StudentWorkPage({ params }: Props) {
  const teacher = await requireTeacher();
  const { assignmentId, studentId } = await params;
  const locale = await getLocale();
  const [t, practice, work] = await Promise.all([getT("teach"), getT("practice"), getStudentWork({ teacherId: teacher.id, assignmentId, studentId, locale })]);
  if (!work) notFound();
  const total = work.assignment.items.length;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <Link href={`/teach/assignments/${work.assignment.id}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToResults")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">
          {t("studentWorkTitle", { name: work.student.name, title: work.assignment.title })}
        </h1>
        <p className="break-all text-muted">{work.student.email}</p>
      </header>
      {work.attempts.length === 0 ? <p className="text-muted">{t("noAttempts")}</p> : null}
      {work.attempts.map((attempt) => (
        <section key={attempt.attempt} aria-labelledby={`attempt-${attempt.attempt}`} className="space-y-3">
          <h2 id={`attempt-${attempt.attempt}`} className="text-xl font-semibold tracking-tight">
            {t("attemptHeading", { n: attempt.attempt })}
            <span className="ml-2 text-base font-normal text-muted">
              {attempt.submittedAt ? (
                <>
                  <LocalTime iso={attempt.submittedAt} /> · {t("scoreOf", { score: attempt.score ?? 0, total })}
                </>
              ) : (
                t("notSubmitted")
              )}
            </span>
          </h2>
          <ol className="space-y-3">
            {attempt.answers.map((answer) => (
              <li key={answer.index}>
                <Card className="space-y-2 p-4">
                  <p className="text-sm text-muted">
                    {t("questionN", { n: answer.index + 1 })} · {answer.templateTitle} · {answer.conceptName}
                  </p>
                  <p className="leading-relaxed">{answer.prompt}</p>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium text-muted">{t("answerLabel")}</dt>
                    <dd className="font-mono break-words">
                      {answer.response ? formatResponse(answer.response, answer.input, { noFlags: practice("noFlagsAnswer") }) : t("noAnswer")}{" "}
                      {answer.correct === null ? null : (
                        <span
                          className={cx(
                            "ml-1 rounded px-1.5 py-0.5 font-sans text-xs font-semibold",
                            answer.correct ? "bg-success-soft text-success" : "bg-danger-soft text-danger",
                          )}
                        >
                          {answer.correct ? `✓ ${t("correctMark")}` : `✗ ${t("wrongMark")}`}
                        </span>
                      )}
                      {answer.hintUsed ? (
                        <span className="ml-1 rounded bg-accent-soft px-1.5 py-0.5 font-sans text-xs font-semibold text-accent-soft-fg">
                          {t("hintUsedBadge")}
                        </span>
                      ) : null}
                    </dd>
                    <dt className="font-medium text-muted">{t("expectedLabel")}</dt>
                    <dd className="break-words">{answer.expected}</dd>
                    {answer.misconception ? (
                      <>
                        <dt className="font-medium text-muted">{t("mistakeLabel")}</dt>
                        <dd>{answer.misconception}</dd>
                      </>
                    ) : null}
                  </dl>
                </Card>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
