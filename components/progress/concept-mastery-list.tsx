"use client";
import Link from "next/link";
import { scoreColor } from "@/components/diagram/score-color";
import { useT } from "@/components/i18n/i18n-provider";
import { lessonHref } from "@/lib/lessons/href";
import { conceptPracticeHref } from "@/lib/practice/href";

/** One concept as the browser gets it: id, name, correct answers, answers, mastery (0..1). */
export type ConceptMasteryRow = [concept: string, name: string, correct: number, attempts: number, mastery: number];

/**
 * The concept list, rendered from compact rows (issue 12: as a Server Component's output it went
 * to the browser twice, as HTML and as React's payload with every class name). The links' and
 * meters' styles are set once on the list through descendant variants.
 */
export function ConceptMasteryList({ rows }: { rows: ConceptMasteryRow[] }) {
  const t = useT("progress");
  return (
    <ul className="divide-y divide-border [&_a]:rounded-md [&_a]:px-2 [&_a]:py-1 [&_a]:text-sm [&_a]:font-medium [&_a]:text-accent [&_a]:underline-offset-4 [&_a:hover]:underline [&>li]:grid [&>li]:grid-cols-[1fr_auto] [&>li]:items-center [&>li]:gap-x-4 [&>li]:gap-y-1.5 [&>li]:py-3">
      {rows.map(([concept, name, correct, attempts, mastery]) => {
        const value = Math.round(mastery * 100);
        const practised = attempts > 0;
        return (
          <li key={concept}>
            <div className="min-w-0">
              <p className="font-medium leading-snug" id={`concept-${concept}`}>
                {name}
              </p>
              <p className="text-xs text-muted">{practised ? t("masteryAnswers", { correct, attempts }) : t("masteryNone")}</p>
            </div>
            <div className="flex items-center gap-1">
              <Link href={lessonHref(concept)} aria-label={t("masteryLessonConcept", { concept: name })}>
                {t("masteryLesson")}
              </Link>
              <Link href={conceptPracticeHref(concept)} aria-label={t("masteryPractiseConcept", { concept: name })}>
                {t("masteryPractise")}
              </Link>
            </div>
            <div className="col-span-2 flex items-center gap-3">
              <div
                role="meter"
                aria-labelledby={`concept-${concept}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={value}
                aria-valuetext={practised ? t("masteryValue", { percent: value }) : t("masteryNone")}
                className="h-2.5 flex-1 overflow-hidden rounded-full bg-surface-raised"
              >
                <div className="h-full rounded-full" style={{ width: `${value}%`, background: scoreColor(mastery) ?? undefined }} />
              </div>
              <span className="w-12 text-right text-sm font-semibold tabular-nums" aria-hidden="true">
                {practised ? `${value}%` : "–"}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
