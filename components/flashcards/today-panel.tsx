import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getReviewQueue, type LearnerCards } from "@/lib/server/flashcards/get-review-session";
import type { FlashcardSettingsDto } from "@/lib/server/flashcards/settings";
import { getLocale, getT } from "@/lib/server/i18n";
import { reviewHref } from "@/lib/flashcards/review-href";
import { LocalTime } from "@/components/ui/local-time";
import { relativeTime } from "./relative-time";

/** What today holds: cards due, new cards left, and the way in; or when the next card comes due. */
export async function TodayPanel({ userId, settings, cards }: { userId: string; settings: FlashcardSettingsDto; cards: Promise<LearnerCards> }) {
  const [t, locale, session] = await Promise.all([
    getT("flashcards"),
    getLocale(),
    getReviewQueue({ userId, settings, cards, withUndo: false, scope: { deck: null, ahead: false } }),
  ]);
  const waiting = session.counts.due + session.counts.new;
  return (
    <Card>
      <CardTitle>{t("todayTitle")}</CardTitle>
      <div className="mt-3 flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <p className="text-3xl font-semibold text-fg tabular-nums">{t("dueCount", { count: session.counts.due })}</p>
        <p className="text-lg text-muted tabular-nums">{t("newCount", { count: session.counts.new })}</p>
      </div>
      {session.next ? (
        <ButtonLink href={reviewHref({ deck: null })} size="lg" className="mt-5 w-full sm:w-auto">
          {t("studyNow")}
          {waiting > 0 ? <span className="rounded-full bg-accent-fg px-2 text-sm font-semibold text-accent tabular-nums">{waiting}</span> : null}
        </ButtonLink>
      ) : (
        <div className="mt-4 space-y-3">
          <p className="font-medium text-fg">{t("nothingDueTitle")}</p>
          <p className="text-sm text-muted">
            {session.nextDueAt ? (
              <>
                {t("nextDue", { relative: relativeTime(new Date(session.nextDueAt), new Date(session.generatedAt), locale) })}
                <LocalTime iso={session.nextDueAt} format="weekday-time" parenthesized />
              </>
            ) : (
              t("noneScheduled")
            )}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            {session.aheadAvailable > 0 ? (
              <ButtonLink href={reviewHref({ deck: null, ahead: true })} variant="secondary">
                {t("studyAhead", { count: session.aheadAvailable })}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/practice" variant="ghost">
              {t("practice")}
            </ButtonLink>
          </div>
        </div>
      )}
    </Card>
  );
}
