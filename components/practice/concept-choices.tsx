"use client";
import Link from "next/link";
import { useT } from "@/components/i18n/i18n-provider";
import { lessonHref } from "@/lib/lessons/href";
import type { SetupConceptRow } from "./setup-data";

// The look of every concept, set once on the list (issue 12: on each of the 20 items it was
// 26 kB of the page). An item's border and fill follow its checkbox (:checked, :disabled), so
// the markup of an item is its content only.
const LIST_CLASSES = [
  "grid gap-2 sm:grid-cols-2",
  "[&>li]:flex [&>li]:h-full [&>li]:flex-col [&>li]:rounded-lg [&>li]:border [&>li]:border-border-strong",
  "[&>li:has(:checked)]:border-accent [&>li:has(:checked)]:bg-accent-soft/60 [&>li:has(:disabled)]:border-border",
  "[&>li:not(:has(:checked,:disabled)):hover]:bg-surface-raised",
  "[&>li:has(input:focus-visible)]:outline-2 [&>li:has(input:focus-visible)]:outline-offset-2 [&>li:has(input:focus-visible)]:outline-ring",
  "[&_label]:flex [&_label]:flex-1 [&_label]:cursor-pointer [&_label]:gap-3 [&_label]:p-3 [&_label]:pb-1",
  "[&>li:has(:disabled)_label]:cursor-not-allowed [&>li:has(:disabled)_label]:opacity-60",
  "[&_input]:mt-1 [&_input]:size-4 [&_input]:shrink-0 [&_input]:accent-accent",
  "[&_[role=meter]]:mt-1 [&_[role=meter]]:block [&_[role=meter]]:h-1.5 [&_[role=meter]]:overflow-hidden [&_[role=meter]]:rounded-full [&_[role=meter]]:bg-surface-raised",
  "[&_[role=meter]>span]:block [&_[role=meter]>span]:h-full [&_[role=meter]>span]:rounded-full [&_[role=meter]>span]:bg-accent",
  "[&_a]:mb-2 [&_a]:ml-10 [&_a]:self-start [&_a]:rounded-sm [&_a]:text-sm [&_a]:font-medium [&_a]:text-accent [&_a]:underline-offset-4 [&_a:hover]:underline",
  "[&_a:focus-visible]:outline-2 [&_a:focus-visible]:outline-offset-2 [&_a:focus-visible]:outline-ring",
].join(" ");

/** The concepts to choose from, each with the learner's standing and a link to its lesson. */
export function ConceptChoices({
  concepts,
  chosen,
  onToggle,
}: {
  concepts: readonly SetupConceptRow[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
}) {
  const t = useT("practice");
  return (
    <ul className={LIST_CLASSES}>
      {concepts.map(([id, name, summary, available, mastery]) => (
        <li key={id}>
          <label>
            <input type="checkbox" name="c" value={id} checked={chosen.includes(id)} disabled={!available} onChange={() => onToggle(id)} />
            <span className="min-w-0 flex-1">
              <span className="block font-medium">{name}</span>
              <span className="mt-0.5 block text-sm text-muted">{summary}</span>
              {!available ? (
                <span className="mt-1 block text-xs font-medium text-muted">{t("conceptUnavailable")}</span>
              ) : mastery ? (
                <Standing name={name} mastery={mastery} />
              ) : null}
            </span>
          </label>
          {/* Outside the label: the link is not part of the checkbox's name, and a click on it never toggles it. */}
          <Link href={lessonHref(id)} aria-label={t("readLessonAbout", { concept: name })}>
            {t("readLesson")}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Standing({ name, mastery: [percent, attempts, correct] }: { name: string; mastery: NonNullable<SetupConceptRow[4]> }) {
  const t = useT("practice");
  return (
    <span className="mt-2 block">
      <span className="flex justify-between text-xs text-muted">
        <span>{attempts === 0 ? t("notPractised") : t("masteryPercent", { percent })}</span>
        {attempts > 0 ? <span>{t("masteryCounts", { correct, attempts })}</span> : null}
      </span>
      <span role="meter" aria-label={t("masteryLabel", { concept: name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
