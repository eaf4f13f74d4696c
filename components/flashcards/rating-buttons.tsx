"use client";
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
  return (
    <div role="group" aria-label={t("ratePrompt")}>
      <p className="mb-2 text-center text-sm text-muted" aria-hidden="true">
        {t("ratePrompt")}
      </p>
      <div className="grid grid-cols-4 gap-2">
        {RATING_NAMES.map((rating, k) => (
          <button
            key={rating}
            type="button"
            onClick={() => onRate(rating)}
            disabled={disabled}
            aria-label={t("rateLabel", { rating: t(rating), interval: intervals[rating] })}
            aria-keyshortcuts={shortcuts ? String(k + 1) : undefined}
            className={cx(
              "flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg border px-1 py-2 font-medium transition",
              "hover:brightness-95 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-wait disabled:opacity-60",
              TONE[rating],
            )}
          >
            <span className="text-xs tabular-nums opacity-90">{intervals[rating]}</span>
            <span className="text-sm sm:text-base">{t(rating)}</span>
            {shortcuts ? <kbd className="hidden font-mono text-[0.7rem] opacity-75 sm:inline">{k + 1}</kbd> : null}
          </button>
        ))}
      </div>
    </div>
  );
}
