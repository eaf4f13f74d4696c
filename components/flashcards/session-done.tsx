"use client";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ButtonLink } from "@/components/ui/button";
import { reviewHref } from "@/lib/flashcards/review-href";
import { conceptPracticeHref } from "@/lib/practice/href";
import type { ReviewSessionDto } from "@/lib/flashcards/dto";
import { LocalTime } from "@/components/ui/local-time";
import { relativeTime } from "./relative-time";

/** Nothing left to review: when the next card comes due, and what to do meanwhile. */
export function SessionDone({ session, scopeName }: { session: ReviewSessionDto; scopeName: string }) {
  const t = useT("flashcards");
  const locale = useLocale();
  const practiceHref = session.deck ? conceptPracticeHref(session.deck) : "/practice";
  return (
    <section className="mt-4 rounded-xl border border-border bg-surface px-6 py-10 text-center shadow-sm" aria-labelledby="done-title">
      <svg
        aria-hidden="true"
        viewBox="0 0 48 48"
        className="mx-auto size-12 text-accent"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <circle cx="24" cy="24" r="20" />
        <path d="m15 24 6 6 12-12" />
      </svg>
      <h2 id="done-title" className="mt-4 text-2xl font-semibold tracking-tight text-fg">
        {t("doneTitle")}
      </h2>
      <p className="mt-2 text-base text-muted">{session.ahead ? t("doneAheadBody", { scope: scopeName }) : t("doneBody", { scope: scopeName })}</p>
      <p className="mt-2 text-base text-fg">
        {session.nextDueAt ? (
          <>
            {t("nextDue", { relative: relativeTime(new Date(session.nextDueAt), new Date(session.generatedAt), locale) })}
            <LocalTime iso={session.nextDueAt} format="weekday-time" parenthesized />
          </>
        ) : (
          t("noneScheduled")
        )}
      </p>
      {!session.ahead && session.aheadAvailable > 0 ? <p className="mx-auto mt-4 max-w-md text-sm text-muted">{t("studyAheadBody")}</p> : null}
      <div className="mt-6 flex flex-col items-stretch justify-center gap-2 sm:flex-row sm:items-center">
        {!session.ahead && session.aheadAvailable > 0 ? (
          <ButtonLink href={reviewHref({ deck: session.deck, ahead: true })}>{t("studyAhead", { count: session.aheadAvailable })}</ButtonLink>
        ) : null}
        <ButtonLink href={practiceHref} variant="secondary">
          {t("practice")}
        </ButtonLink>
        <ButtonLink href="/flashcards" variant="ghost">
          {t("backToDecks")}
        </ButtonLink>
      </div>
    </section>
  );
}
