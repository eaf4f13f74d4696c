"use client";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { useT } from "@/components/i18n/i18n-provider";
import { draftToResponse, emptyDraft, numberRangeVars, type AnswerDraft, type DraftProblem } from "@/components/practice/answer-draft";
import { AnswerInput } from "@/components/practice/answer-input";
import { diagramLabels } from "@/components/practice/diagram-labels";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { formatResponse } from "@/components/practice/format-response";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { HintBox } from "@/components/practice/hint-box";
import { answerItemAction, itemHintAction, submitAttemptAction } from "@/lib/server/classes/actions";
import type { AssignmentItemDto } from "@/lib/teach/dto";
import type { ShowAnswersMode } from "@/lib/teach/status";
import { Countdown } from "./countdown";

interface AssignmentRunnerProps {
  assignmentId: string;
  attempt: number;
  attemptsAllowed: number;
  showAnswers: ShowAnswersMode;
  initialItems: AssignmentItemDto[];
  /** A timed attempt: when it stops taking answers, and the server's clock when the page was made. */
  deadline?: string | null;
  serverNow?: string;
}

/**
 * Taking an assignment: one question at a time (the practice card's inputs and feedback), each
 * answer saved and graded on the server as it is given, so a reload resumes where the student
 * was. Feedback after each answer only when the assignment shows answers at once.
 */
export function AssignmentRunner({ assignmentId, attempt, attemptsAllowed, showAnswers, initialItems, deadline = null, serverNow }: AssignmentRunnerProps) {
  const t = useT("teach");
  const practice = useT("practice");
  const [items, setItems] = useState(initialItems);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      initialItems.findIndex((i) => i.response === null),
    ),
  );
  const [drafts, setDrafts] = useState<Record<number, AnswerDraft>>({});
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<null | "save" | "submit">(null);
  const [timeUp, setTimeUp] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [index]);

  const item = items[index]!;
  const draft = drafts[index] ?? emptyDraft(item.question.input);
  const answered = items.filter((i) => i.response !== null).length;

  function go(to: number) {
    moved.current = true;
    setIndex(to);
    setProblem(null);
    setError(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const parsed = draftToResponse(draft, item.question.input);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setPending("save");
    setError(null);
    try {
      const result = await answerItemAction({ assignmentId, itemIndex: item.index, response: parsed.response });
      if (result.ok) setItems((list) => list.map((i) => (i.index === item.index ? { ...i, response: result.data.response, result: result.data.result } : i)));
      else setError(result.message);
    } catch {
      setError(t("networkError"));
    } finally {
      setPending(null);
    }
  }

  // At zero the attempt ends: the server has already stopped taking answers, and submits it with
  // what was answered in time; the action's reply re-renders the page with the review.
  const expire = useCallback(() => {
    setTimeUp(true);
    void submitAttemptAction({ assignmentId })
      .then((result) => {
        if (!result.ok) setError(result.message);
      })
      .catch(() => setError(t("networkError")));
  }, [assignmentId, t]);

  async function submit() {
    if (pending || timeUp) return;
    const unanswered = items.length - answered;
    if (!window.confirm(unanswered > 0 ? t("submitConfirm", { n: unanswered }) : t("submitConfirmAll"))) return;
    setPending("submit");
    setError(null);
    try {
      const result = await submitAttemptAction({ assignmentId });
      // The action re-renders the page (revalidatePath): its reply replaces the runner with the review.
      if (!result.ok) setError(result.message);
    } catch {
      setError(t("networkError"));
    } finally {
      setPending(null);
    }
  }

  const problemId = `problem-${index}`;
  async function showHint(): Promise<{ hint: string } | { error: string }> {
    const forIndex = item.index;
    try {
      const result = await itemHintAction({ assignmentId, itemIndex: forIndex });
      if (!result.ok) return { error: result.message };
      setItems((list) => list.map((i) => (i.index === forIndex ? { ...i, question: { ...i.question, hint: result.data.hint } } : i)));
      return result.data;
    } catch {
      return { error: t("networkError") };
    }
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{t("attemptOf", { n: attempt, total: attemptsAllowed })}</Badge>
          <Badge tone="neutral">{t("answeredCount", { n: answered, total: items.length })}</Badge>
        </div>
        {deadline && serverNow ? <Countdown deadline={deadline} serverNow={serverNow} onExpire={expire} /> : null}
      </div>

      <nav aria-label={t("itemNav")}>
        <ol className="flex flex-wrap gap-1.5">
          {items.map((i, n) => (
            <li key={i.index}>
              <button
                type="button"
                onClick={() => go(n)}
                aria-current={n === index ? "step" : undefined}
                aria-label={i.response ? t("itemButtonAnswered", { n: n + 1 }) : t("itemButton", { n: n + 1 })}
                className={cx(
                  "inline-flex size-10 items-center justify-center rounded-lg border font-mono text-sm font-medium",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                  n === index
                    ? "border-accent bg-accent text-accent-fg"
                    : i.response
                      ? "border-accent bg-accent-soft text-accent-soft-fg"
                      : "border-border-strong bg-surface text-fg hover:bg-surface-raised",
                )}
              >
                {i.response ? "✓" : n + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <Card className="space-y-6 p-4 sm:p-6">
        <div>
          <h2 ref={heading} tabIndex={-1} className="text-sm font-medium text-muted focus:outline-none">
            {t("questionOf", { n: index + 1, total: items.length })} · {item.question.templateTitle}
          </h2>
          <p className="mt-2 text-lg leading-relaxed text-fg" data-testid="question-prompt">
            {item.question.prompt}
          </p>
        </div>

        {item.question.diagram && !item.result ? (
          <div className="rounded-xl border border-border bg-surface-raised/50 p-2 sm:p-4">
            <SequenceDiagram
              trace={item.question.diagram.trace}
              highlightStep={item.question.diagram.highlightStep}
              highlightSegments={item.question.diagram.highlightSegments}
              hiddenFields={item.question.diagram.hiddenFields}
              numberBlanks={item.question.input.kind === "diagram-blanks"}
              labels={diagramLabels(practice)}
              title={practice("situationTitle")}
              className="text-fg"
            />
          </div>
        ) : null}

        {item.result ? (
          <FeedbackPanel question={item.question} result={item.result} isGuest={false} />
        ) : item.response ? (
          <Alert tone="success">
            <p>{t("savedAnswer", { answer: formatResponse(item.response, item.question.input, { noFlags: practice("noFlagsAnswer") }) })}</p>
            {showAnswers !== "IMMEDIATELY" ? <p className="mt-1 text-fg">{t("savedNoKey", { when: t(`when_${showAnswers}`) })}</p> : null}
          </Alert>
        ) : (
          <form onSubmit={(event) => void save(event)} noValidate className="space-y-5">
            <HintBox
              key={item.index}
              hint={item.question.hint ?? null}
              onShow={showHint}
              disabled={pending !== null}
              labels={{ button: practice("hintButton"), loading: practice("hintLoading"), title: practice("hintTitle"), note: t("hintTeacherSees") }}
            />
            <AnswerInput
              input={item.question.input}
              draft={draft}
              onChange={(next) => {
                setDrafts((all) => ({ ...all, [index]: next }));
                setProblem(null);
              }}
              disabled={pending !== null || timeUp}
              idPrefix={`item${index}`}
              describedBy={problem ? problemId : undefined}
            />
            <div aria-live="polite">
              {problem ? (
                <p id={problemId} className="text-sm font-medium text-danger">
                  {practice(problem, numberRangeVars(item.question.input))}
                </p>
              ) : null}
            </div>
            <Button type="submit" disabled={pending !== null || timeUp}>
              {pending === "save" ? t("saving") : t("saveAnswer")}
            </Button>
          </form>
        )}

        <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>

        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" disabled={index === 0} onClick={() => go(index - 1)}>
              {t("previous")}
            </Button>
            <Button variant="secondary" size="sm" disabled={index === items.length - 1} onClick={() => go(index + 1)}>
              {t("next")}
            </Button>
          </div>
          <Button onClick={() => void submit()} disabled={pending !== null || timeUp}>
            {pending === "submit" ? t("submitting") : t("submit")}
          </Button>
        </div>
      </Card>
    </div>
  );
}
