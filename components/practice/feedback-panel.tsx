"use client";
import Link from "next/link";
import { PcapDownloadButton } from "@/components/captures/pcap-download-button";
import { useState, type Ref } from "react";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import { lessonHref } from "@/lib/lessons/href";
import type { PracticeQuestionDto, PracticeResultDto, ResultWithoutDiagramDto } from "@/lib/practice/dto";
import type { DiagramData } from "@/lib/questions";
import { diagramLabels } from "./diagram-labels";
import { formatDuration, formatResponse } from "./format-response";

interface FeedbackPanelProps {
  /** Only the answer's format is read: a caller that renders no question sends no more (issue 12). */
  question: Pick<PracticeQuestionDto, "input">;
  /** A verdict sent without its diagram (an assignment's review) needs `loadDiagram`. */
  result: PracticeResultDto | ResultWithoutDiagramDto;
  isGuest: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  /**
   * Draw the run only when the learner opens it (an assignment's review lists ten answers: drawn
   * at once, their diagrams were most of the page's HTML, issue 12).
   */
  diagramOnOpen?: boolean;
  /** Fetches the run's diagram when the verdict came without it: a message (the reason) on failure. */
  loadDiagram?: () => Promise<DiagramData | { error: string }>;
}

/** The verdict: right or wrong, the learner's mistake, the rule with its RFC section, and the whole run drawn. */
export function FeedbackPanel({ question, result, isGuest, headingRef, diagramOnOpen = false, loadDiagram }: FeedbackPanelProps) {
  const t = useT("practice");
  const common = useT("common");
  const words = { noFlags: t("noFlagsAnswer") };
  const time = formatDuration(result.timeTakenMs, {
    seconds: (s) => t("durationSeconds", { s }),
    minutes: (m, s) => t("durationMinutes", { m, s }),
  });
  const [diagramOpen, setDiagramOpen] = useState(false);
  // A verdict sent without its run fetches it on the first opening (and again after a failure).
  const [fetched, setFetched] = useState<{ diagram: DiagramData } | { error: string } | "loading" | null>(null);
  const sent = "diagram" in result.explanation ? result.explanation.diagram : null;
  const diagram = sent ?? (fetched && fetched !== "loading" && "diagram" in fetched ? fetched.diagram : null);
  const failure = fetched && fetched !== "loading" && "error" in fetched ? fetched.error : null;
  const toggle = (open: boolean) => {
    setDiagramOpen(open);
    if (!open || diagram || !loadDiagram || fetched === "loading") return;
    setFetched("loading");
    loadDiagram().then(
      (answer) => setFetched("error" in answer ? answer : { diagram: answer }),
      () => setFetched({ error: common("tryAgain") }),
    );
  };
  const drawing = diagram && (
    <SequenceDiagram
      trace={diagram.trace}
      highlightStep={diagram.highlightStep}
      highlightSegments={diagram.highlightSegments}
      labels={diagramLabels(t)}
      title={t("explanationDiagramTitle")}
      className="text-fg"
    />
  );
  return (
    <section aria-labelledby="practice-feedback-title" className="space-y-5">
      <div
        role="status"
        className={cx(
          "rounded-xl border px-4 py-3",
          result.correct ? "border-success bg-success-soft text-success" : "border-danger-border bg-danger-soft text-danger",
        )}
      >
        <h3 id="practice-feedback-title" ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-lg font-semibold focus:outline-none">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            {result.correct ? <path d="M5 12.5l4.5 4.5L19 7.5" /> : <path d="M6 6l12 12M18 6L6 18" />}
          </svg>
          {result.correct ? t("correctTitle") : t("wrongTitle")}
        </h3>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-fg sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-muted">{t("yourAnswer")}</dt>
          <dd className="font-mono break-words" data-testid="your-answer">
            {formatResponse(result.response, question.input, words)}
          </dd>
          {result.correct ? null : (
            <>
              <dt className="font-medium text-muted">{t("expectedAnswer")}</dt>
              <dd className="break-words" data-testid="expected-answer">
                {result.expected.text}
              </dd>
            </>
          )}
        </dl>
      </div>

      {result.misconception ? (
        <div className="rounded-xl border border-border bg-surface-raised px-4 py-3">
          <h4 className="text-sm font-semibold text-fg">{t("misconceptionHeading")}</h4>
          <p className="mt-1 leading-relaxed text-fg" data-testid="misconception">
            {result.misconception.label}
          </p>
        </div>
      ) : null}

      <div>
        <h4 className="text-sm font-semibold text-fg">{t("ruleHeading")}</h4>
        <p className="mt-1 leading-relaxed text-fg">{result.explanation.text}</p>
        <p className="mt-2 text-sm">
          <a
            href={`https://www.rfc-editor.org/rfc/rfc9293#section-${result.explanation.rfc}`}
            className="text-muted underline decoration-border-strong underline-offset-4 hover:text-fg"
            target="_blank"
            rel="noreferrer"
          >
            {t("rfcSection", { section: result.explanation.rfc })}
          </a>
        </p>
      </div>

      {diagramOnOpen ? (
        <details className="rounded-xl border border-border bg-surface p-2 sm:p-4" onToggle={(event) => toggle(event.currentTarget.open)}>
          <summary className="cursor-pointer rounded font-medium text-accent">{t("explanationDiagramShow")}</summary>
          {diagramOpen ? (
            drawing ? (
              <div className="mt-3">{drawing}</div>
            ) : (
              <p role="status" className={cx("mt-3 text-sm", failure ? "text-danger" : "text-muted")}>
                {failure ? t("explanationDiagramFailed", { message: failure }) : t("explanationDiagramLoading")}
              </p>
            )
          ) : null}
        </details>
      ) : (
        <div className="rounded-xl border border-border bg-surface p-2 sm:p-4">{drawing}</div>
      )}

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
        <Link href={result.explanation.simulatorHref} className="font-medium text-accent underline-offset-4 hover:underline">
          {t("replay")}
        </Link>
        <Link href={lessonHref(result.concept)} className="font-medium text-accent underline-offset-4 hover:underline">
          {t("readLesson")}
        </Link>
        {diagram ? <PcapDownloadButton trace={diagram.trace} name="practice-explanation" /> : null}
        <span>{t("timeTaken", { time })}</span>
        {isGuest ? (
          <span>
            {/* The sentence, then the link: a space between them in English only. */}
            {common("sentenceJoin", { first: t("guestNotSaved"), second: "" })}
            <Link href="/signup?next=%2Fpractice" className="font-medium text-accent underline-offset-4 hover:underline">
              {t("guestSignUp")}
            </Link>
          </span>
        ) : result.recorded ? (
          <span>{t("savedNote")}</span>
        ) : null}
      </div>
    </section>
  );
}
