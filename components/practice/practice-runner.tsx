"use client";
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from "react";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { practiceSearch } from "@/lib/schemas/practice-choices";
import type { PracticeSettings } from "@/lib/schemas/practice";
import type { AnswerResponseBody, PracticeQuestionDto, PracticeResultDto, StoredPracticeQuestion } from "@/lib/practice/dto";
import { requestPracticeHintAction, requestPracticeQuestion } from "@/lib/server/practice/actions";
import { HintBox } from "./hint-box";
import { draftToResponse, emptyDraft, keyedOptions, numberRangeVars, pickOption, type AnswerDraft, type DraftProblem } from "./answer-draft";
import { AnswerInput } from "./answer-input";
import { diagramLabels } from "./diagram-labels";
import { FeedbackPanel } from "./feedback-panel";
import { SessionSummary, type SessionOutcome } from "./session-summary";
import { isTextEntry } from "@/components/ui/is-text-entry";

interface PracticeRunnerProps {
  settings: PracticeSettings;
  initial: StoredPracticeQuestion;
  isGuest: boolean;
}

type Pending = null | "answer" | "next" | "like";

const refKey = (question: PracticeQuestionDto) => `${question.ref.kind === "stored" ? question.ref.id : question.ref.token}:${question.locale}`;

/**
 * A practice session: one question at a time, graded by POST /api/practice/answer, then the
 * feedback, then the next question (a server action). Keeps the session's results for the
 * summary. Keys: 1 to 9 pick an option, Enter checks, N goes to the next question.
 */
export function PracticeRunner({ settings, initial, isGuest }: PracticeRunnerProps) {
  const t = useT("practice");
  const [current, setCurrent] = useState(initial);
  const [shownInitial, setShownInitial] = useState(refKey(initial.question));
  const [draft, setDraft] = useState<AnswerDraft>(() => emptyDraft(initial.question.input));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [outcomes, setOutcomes] = useState<SessionOutcome[]>([]);
  const [number, setNumber] = useState(1);
  const [summary, setSummary] = useState<{ elapsedMs: number } | null>(null);
  const [hints, setHints] = useState<Record<string, string>>({});
  const busy = useRef(false);
  const startedAt = useRef<number | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<"question" | "feedback" | "summary" | null>(null);

  // The server re-rendered the page with another question (a change of language): show it, keep the session.
  const incoming = refKey(initial.question);
  if (incoming !== shownInitial) {
    setShownInitial(incoming);
    setCurrent(initial);
    setDraft(emptyDraft(initial.question.input));
    setProblem(null);
    setError(null);
  }

  // The URL names the question on screen, so a reload or a change of language shows it again.
  // After a tick: Next.js's router hooks history.replaceState in an effect of its own, which runs
  // after this one on the first render; called earlier, the router would not learn the new URL,
  // and a later re-render of the page (a change of language) would make another question.
  const rememberShown = useEffectEvent(() => rememberInUrl(current.question));
  useEffect(() => {
    startedAt.current ??= Date.now();
    const timer = setTimeout(rememberShown, 0);
    return () => clearTimeout(timer);
  }, [shownInitial]);

  useEffect(() => {
    const target = { question: questionHeading, feedback: feedbackHeading, summary: summaryHeading }[focusNext.current ?? "question"];
    if (focusNext.current) target.current?.focus();
    focusNext.current = null;
  });

  const { question, result } = current;

  function rememberInUrl(next: PracticeQuestionDto) {
    const ref = next.ref.kind === "stored" ? { questionId: next.ref.id } : { guestToken: next.ref.token };
    window.history.replaceState(null, "", `/practice${practiceSearch(settings, ref)}`);
  }

  async function submit() {
    if (result || busy.current) return;
    const parsed = draftToResponse(draft, question.input);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    busy.current = true;
    setPending("answer");
    setError(null);
    const ref = question.ref;
    const body = ref.kind === "stored" ? { questionId: ref.id, response: parsed.response } : { token: ref.token, response: parsed.response };
    try {
      const response = await fetch("/api/practice/answer", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as AnswerResponseBody;
      if (answer.ok) {
        const graded: PracticeResultDto = answer.result;
        setCurrent({ question, result: graded });
        setOutcomes((list) => [
          ...list,
          { concept: question.concept, conceptName: question.conceptName, correct: graded.correct, timeTakenMs: graded.timeTakenMs },
        ]);
        focusNext.current = "feedback";
      } else setError(answer.message);
    } catch {
      setError(t("networkError"));
    } finally {
      busy.current = false;
      setPending(null);
    }
  }

  async function loadQuestion(kind: "next" | "like") {
    if (busy.current) return;
    busy.current = true;
    setPending(kind);
    setError(null);
    try {
      const answer = await requestPracticeQuestion({
        settings,
        like: kind === "like" ? { templateId: question.templateId, difficulty: question.difficulty } : undefined,
        previousTemplateId: question.templateId,
        history: isGuest ? outcomes.slice(-50).map((o) => ({ concept: o.concept, correct: o.correct })) : [],
      });
      if (answer.ok) {
        setCurrent({ question: answer.data, result: null });
        setDraft(emptyDraft(answer.data.input));
        setProblem(null);
        setNumber((n) => n + 1);
        rememberInUrl(answer.data);
        focusNext.current = "question";
      } else setError(answer.message);
    } catch {
      setError(t("networkError"));
    } finally {
      busy.current = false;
      setPending(null);
    }
  }

  function endSession() {
    setSummary({ elapsedMs: Date.now() - (startedAt.current ?? Date.now()) });
    focusNext.current = "summary";
  }

  function changeDraft(next: AnswerDraft) {
    setDraft(next);
    setProblem(null);
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (summary || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const typing = isTextEntry(event.target);
    if (event.key === "Enter") {
      // Text fields submit the form themselves; buttons and links do what they say.
      if (typing || (event.target instanceof HTMLElement && event.target.closest("button, a, summary"))) return;
      if (!result) {
        event.preventDefault();
        void submit();
      }
      return;
    }
    if (typing) return;
    if (/^[1-9]$/.test(event.key) && !result && !pending) {
      const index = Number(event.key) - 1;
      if (index < keyedOptions(question.input).length) {
        event.preventDefault();
        changeDraft(pickOption(draft, question.input, index));
      }
      return;
    }
    if ((event.key === "n" || event.key === "N") && result && !pending) {
      event.preventDefault();
      void loadQuestion("next");
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  if (summary) {
    return (
      <SessionSummary
        outcomes={outcomes}
        elapsedMs={summary.elapsedMs}
        isGuest={isGuest}
        headingRef={summaryHeading}
        onKeepGoing={() => {
          setSummary(null);
          focusNext.current = "question";
        }}
      />
    );
  }

  const problemId = `practice-problem-${number}`;
  const hint = hints[refKey(question)] ?? question.hint ?? null;
  async function showHint(): Promise<{ hint: string } | { error: string }> {
    const ref = question.ref;
    try {
      const answer = await requestPracticeHintAction(ref.kind === "stored" ? { questionId: ref.id } : { token: ref.token });
      if (!answer.ok) return { error: answer.message };
      setHints((known) => ({ ...known, [refKey(question)]: answer.data.hint }));
      return answer.data;
    } catch {
      return { error: t("networkError") };
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{question.conceptName}</Badge>
          <Badge tone="neutral">{t("levelBadge", { level: question.difficulty })}</Badge>
          {settings.mode === "adaptive" ? <Badge tone="neutral">{t("adaptiveBadge")}</Badge> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => void loadQuestion("like")} disabled={pending !== null}>
            {pending === "like" ? t("loadingNext") : t("another")}
          </Button>
          <Button size="sm" variant="ghost" onClick={endSession} disabled={pending !== null}>
            {t("endSession")}
          </Button>
        </div>
      </div>

      {question.reason && !result ? (
        <p className="text-sm leading-relaxed text-muted" data-testid="practice-reason">
          {question.reason}
        </p>
      ) : null}

      <Card className="space-y-6 p-4 sm:p-6">
        <div>
          <h2 ref={questionHeading} tabIndex={-1} className="text-sm font-medium text-muted focus:outline-none">
            {t("questionNumber", { n: number })} · {question.templateTitle}
          </h2>
          <p className="mt-2 text-lg leading-relaxed text-fg" data-testid="question-prompt">
            {question.prompt}
          </p>
        </div>

        {question.diagram && !result ? (
          <div className="rounded-xl border border-border bg-surface-raised/50 p-2 sm:p-4">
            <SequenceDiagram
              trace={question.diagram.trace}
              highlightStep={question.diagram.highlightStep}
              highlightSegments={question.diagram.highlightSegments}
              hiddenFields={question.diagram.hiddenFields}
              numberBlanks={question.input.kind === "diagram-blanks"}
              labels={diagramLabels(t)}
              title={t("situationTitle")}
              className="text-fg"
            />
          </div>
        ) : null}

        {result ? (
          <FeedbackPanel question={question} result={result} isGuest={isGuest} headingRef={feedbackHeading} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-5">
            <HintBox
              hint={hint}
              onShow={showHint}
              disabled={pending !== null}
              labels={{ button: t("hintButton"), loading: t("hintLoading"), title: t("hintTitle"), note: isGuest ? undefined : t("hintRecorded") }}
            />
            <AnswerInput
              input={question.input}
              draft={draft}
              onChange={changeDraft}
              disabled={pending !== null}
              idPrefix={`q${number}`}
              describedBy={problem ? problemId : undefined}
            />
            <div aria-live="polite">
              {problem ? (
                <p id={problemId} className="text-sm font-medium text-danger">
                  {t(problem, numberRangeVars(question.input))}
                </p>
              ) : null}
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={pending !== null}>
                {pending === "answer" ? t("checking") : t("check")}
              </Button>
              <p className="hidden text-xs text-muted sm:block">{t("keyboardHint")}</p>
            </div>
          </form>
        )}

        {error ? <Alert tone="error">{error}</Alert> : null}

        {result ? (
          <div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
            <Button onClick={() => void loadQuestion("next")} disabled={pending !== null} aria-keyshortcuts="N">
              {pending === "next" ? t("loadingNext") : t("next")}
            </Button>
            <p className="hidden text-xs text-muted sm:block">{t("keyboardHint")}</p>
          </div>
        ) : null}
      </Card>

      <div className="flex justify-end">
        <ButtonLink href="/practice" variant="ghost" size="sm">
          {t("changeSettings")}
        </ButtonLink>
      </div>
    </div>
  );
}
