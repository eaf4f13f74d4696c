import Link from "next/link";
import { scoreColor } from "@/components/diagram/score-color";
import { lessonHref } from "@/lib/lessons/href";
import { getT } from "@/lib/server/i18n";
import { MASTERY_DECAY, MASTERY_WINDOW } from "@/lib/mastery/mastery";
import { getConceptMasteries } from "@/lib/server/progress/page-data";
import { Widget } from "./widget";

/** Mastery of every concept in teaching order, with the model explained in one sentence. */
export async function ConceptMastery() {
  const [rows, t] = await Promise.all([getConceptMasteries(), getT("progress")]);
  return (
    <Widget id="mastery" title={t("masteryTitle")} intro={t("masteryModel", { window: MASTERY_WINDOW, decay: MASTERY_DECAY })}>
      <ul className="divide-y divide-border">
        {rows.map((row) => {
          const value = Math.round(row.mastery * 100);
          const practised = row.attempts > 0;
          return (
            <li key={row.concept} className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1.5 py-3">
              <div className="min-w-0">
                <p className="font-medium leading-snug" id={`concept-${row.concept}`}>
                  {row.name}
                </p>
                <p className="text-xs text-muted">{practised ? t("masteryAnswers", { correct: row.correct, attempts: row.attempts }) : t("masteryNone")}</p>
              </div>
              <div className="flex items-center gap-1">
                <Link
                  href={lessonHref(row.concept)}
                  className="rounded-md px-2 py-1 text-sm font-medium text-accent underline-offset-4 hover:underline"
                  aria-label={t("masteryLessonConcept", { concept: row.name })}
                >
                  {t("masteryLesson")}
                </Link>
                <Link
                  href={row.practiceHref}
                  className="rounded-md px-2 py-1 text-sm font-medium text-accent underline-offset-4 hover:underline"
                  aria-label={t("masteryPractiseConcept", { concept: row.name })}
                >
                  {t("masteryPractise")}
                </Link>
              </div>
              <div className="col-span-2 flex items-center gap-3">
                <div
                  role="meter"
                  aria-labelledby={`concept-${row.concept}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={value}
                  aria-valuetext={practised ? t("masteryValue", { percent: value }) : t("masteryNone")}
                  className="h-2.5 flex-1 overflow-hidden rounded-full bg-surface-raised"
                >
                  <div className="h-full rounded-full" style={{ width: `${value}%`, background: scoreColor(row.mastery) ?? undefined }} />
                </div>
                <span className="w-12 text-right text-sm font-semibold tabular-nums" aria-hidden="true">
                  {practised ? `${value}%` : "–"}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </Widget>
  );
}
