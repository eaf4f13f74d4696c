"use client";
import Link from "next/link";
import type { Ref } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDuration } from "./format-response";

export interface SessionOutcome {
  concept: string;
  conceptName: string;
  correct: boolean;
  timeTakenMs: number;
}

interface SessionSummaryProps {
  outcomes: readonly SessionOutcome[];
  /** Wall-clock length of the session so far. */
  elapsedMs: number;
  isGuest: boolean;
  onKeepGoing: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Answered, correct, time and a row per concept, for the session the learner just ended. */
export function SessionSummary({ outcomes, elapsedMs, isGuest, onKeepGoing, headingRef }: SessionSummaryProps) {
  const t = useT("practice");
  const common = useT("common");
  const duration = (ms: number) => formatDuration(ms, { seconds: (s) => t("durationSeconds", { s }), minutes: (m, s) => t("durationMinutes", { m, s }) });
  const correct = outcomes.filter((o) => o.correct).length;
  const percent = (part: number, whole: number) => t("percent", { value: whole === 0 ? 0 : Math.round((100 * part) / whole) });
  const byConcept = new Map<string, { name: string; answered: number; correct: number }>();
  for (const o of outcomes) {
    const row = byConcept.get(o.concept) ?? { name: o.conceptName, answered: 0, correct: 0 };
    row.answered += 1;
    if (o.correct) row.correct += 1;
    byConcept.set(o.concept, row);
  }
  const stats = [
    { label: t("summaryAnswered"), value: String(outcomes.length) },
    { label: t("summaryCorrect"), value: String(correct) },
    { label: t("summaryAccuracy"), value: percent(correct, outcomes.length) },
    { label: t("summaryTime"), value: duration(elapsedMs) },
  ];

  return (
    <Card className="space-y-6 p-5 sm:p-6">
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight focus:outline-none">
        {t("summaryTitle")}
      </h2>
      {outcomes.length === 0 ? (
        <p className="text-muted">{t("summaryEmpty")}</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {stats.map((stat) => (
              <div key={stat.label} className="rounded-lg bg-surface-raised px-4 py-3">
                <dt className="text-sm text-muted">{stat.label}</dt>
                <dd className="mt-1 text-2xl font-semibold tabular-nums">{stat.value}</dd>
              </div>
            ))}
          </dl>
          <div>
            <h3 className="text-base font-semibold">{t("summaryByConcept")}</h3>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-muted">
                  <tr className="border-b border-border">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("summaryConcept")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right font-medium">
                      {t("summaryCorrect")}
                    </th>
                    <th scope="col" className="py-2 pl-3 text-right font-medium">
                      {t("summaryAccuracy")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...byConcept.entries()].map(([concept, row]) => (
                    <tr key={concept} className="border-b border-border last:border-0">
                      <th scope="row" className="py-2 pr-3 font-medium">
                        {row.name}
                      </th>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        {t("summaryFraction", { correct: row.correct, answered: row.answered })}
                      </td>
                      <td className="py-2 pl-3 text-right whitespace-nowrap tabular-nums">{percent(row.correct, row.answered)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
      {isGuest ? (
        <p className="rounded-lg border border-info-border bg-info-soft px-4 py-3 text-sm">
          {/* The sentence, then the link: a space between them in English only. */}
          {common("sentenceJoin", { first: t("summaryGuest"), second: "" })}
          <Link href="/signup?next=%2Fpractice" className="font-medium text-accent underline-offset-4 hover:underline">
            {t("guestSignUp")}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepGoing}>{t("summaryKeepGoing")}</Button>
        <ButtonLink href="/practice" variant="secondary">
          {t("summaryNewSession")}
        </ButtonLink>
      </div>
    </Card>
  );
}
