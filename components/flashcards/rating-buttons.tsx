"use client";
import { useId } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import { RATING_NAMES, type RatingName } from "@/lib/flashcards/types-public";

const TONE: Record<RatingName, string> = {
  again: "border-danger-border bg-danger-soft text-danger",
  hard: "border-border-strong bg-surface text-fg",
  good: "border-accent bg-accent text-accent-fg",
  easy: "border-success bg-success-soft text-success",
};

/** Again, Hard, Good, Easy: each with the interval FSRS would give and its key, 1 to 4. */
export function RatingButtons({
  intervals,
  onRate,
  disabled,
  shortcuts,
}: {
  intervals: Record<RatingName, string>;
  onRate: (rating: RatingName) => void;
  disabled: boolean;
  shortcuts: boolean;
}) {
  const t = useT("flashcards");
  const id = useId();
  return (
    <div role="group" aria-label={t("ratePrompt")}>
      <p className="mb-2 text-center text-sm text-muted" aria-hidden="true">
        {t("ratePrompt")}
      </p>
      <div className="grid grid-cols-4 gap-2">
        {RATING_NAMES.map((rating, k) => (
          <div key={rating} className="contents">
            <button
              type="button"
              onClick={() => onRate(rating)}
              disabled={disabled}
              aria-describedby={`${id}-${rating}`}
              aria-keyshortcuts={shortcuts ? String(k + 1) : undefined}
              className={cx(
                "flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg border px-1 py-2 font-medium transition",
                "hover:brightness-95 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-wait disabled:opacity-60",
                TONE[rating],
              )}
            >
              <span className="text-sm sm:text-base">{t(rating)}</span>
              <span className="text-xs tabular-nums">{intervals[rating]}</span>
              {shortcuts ? (
                <kbd aria-hidden="true" className="hidden font-mono text-[0.7rem] sm:inline">
                  {k + 1}
                </kbd>
              ) : null}
            </button>
            <span id={`${id}-${rating}`} className="sr-only">
              {t("nextReviewIn", { interval: intervals[rating] })}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
