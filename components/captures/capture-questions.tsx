"use client";

import { useId, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CaptureQuestion } from "@/lib/capture/capture-questions";
import { answerCaptureQuestionAction, captureQuestionAction } from "@/lib/server/captures/actions";

const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** One question at a time about the chosen connection of a saved capture, graded on the server. */
export function CaptureQuestions({ captureId, connection }: { captureId: string; connection: number }) {
  const t = useT("captures");
  const id = useId();
  const [seed, setSeed] = useState<number | null>(null);
  const [question, setQuestion] = useState<CaptureQuestion | null>(null);
  const [answer, setAnswer] = useState("");
  const [verdict, setVerdict] = useState<{ correct: boolean; key: string; recorded: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const ask = () =>
    start(async () => {
      const next = newSeed();
      const result = await captureQuestionAction({ id: captureId, connection, seed: next });
      setVerdict(null);
      setAnswer("");
      if (!result.ok) return setError(result.message);
      setError(null);
      setSeed(next);
      setQuestion(result.data.question);
    });
  const check = () =>
    start(async () => {
      if (seed === null || !answer) return;
      const result = await answerCaptureQuestionAction({ id: captureId, connection, seed, answer });
      if (!result.ok) return setError(result.message);
      setVerdict(result.data);
    });

  const side = (role: "client" | "server") => t(role === "client" ? "sideClient" : "sideServer");
  const prompt = !question
    ? null
    : question.kind === "state-after"
      ? t("q_stateAfter", { side: side(question.role), n: question.segment })
      : question.kind === "lost-segment"
        ? t("q_lostSegment")
        : t("q_nextAck", { side: side(question.role), n: question.segment });
  const choices =
    question?.kind === "state-after" ? question.choices.map(String) : question?.kind === "lost-segment" ? question.choices.map((i) => `#${i}`) : null;

  return (
    <div className="mt-4 border-t border-border pt-4">
      <h3 className="text-sm font-semibold">{t("questionsHeading")}</h3>
      <p className="mt-1 text-sm text-muted">{t("questionsIntro")}</p>
      {prompt ? (
        <form
          className="mt-2"
          onSubmit={(event) => {
            event.preventDefault();
            check();
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium">{prompt}</legend>
            {choices ? (
              <div className="mt-2 flex flex-wrap gap-3">
                {choices.map((choice) => (
                  <label key={choice} className="flex min-h-11 items-center gap-1 font-mono text-sm">
                    <input type="radio" name={`${id}-answer`} value={choice} checked={answer === choice} onChange={() => setAnswer(choice)} />
                    {choice}
                  </label>
                ))}
              </div>
            ) : (
              <label className="mt-2 block text-sm">
                {t("answerLabel")}
                <input
                  value={answer}
                  onChange={(e) => setAnswer(e.target.value)}
                  inputMode="numeric"
                  className="ml-2 min-h-11 rounded-lg border border-border bg-surface-raised px-2 font-mono"
                />
              </label>
            )}
          </fieldset>
          <Button type="submit" size="sm" className="mt-2" disabled={pending || !answer || verdict !== null}>
            {t("submitAnswer")}
          </Button>
        </form>
      ) : null}
      <div aria-live="polite">
        {verdict ? (
          <Alert tone={verdict.correct ? "success" : "error"} className="mt-2">
            {verdict.correct ? t("correct") : t("incorrect", { answer: verdict.key })} {verdict.recorded ? t("answerRecorded") : t("answerRepeated")}
          </Alert>
        ) : null}
        {error ? (
          <Alert tone="error" className="mt-2">
            {error}
          </Alert>
        ) : null}
      </div>
      <Button size="sm" variant="secondary" className="mt-2" onClick={ask} disabled={pending}>
        {question ? t("anotherQuestion") : t("questionsHeading")}
      </Button>
    </div>
  );
}
