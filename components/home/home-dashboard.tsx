import { AssignmentList } from "@/components/classes/assignment-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { conceptById } from "@/lib/questions";
import { practiceSearch } from "@/lib/schemas/practice-choices";
import type { HomeSummary } from "@/lib/server/home/get-home-summary";

interface HomeDashboardProps {
  summary: HomeSummary;
  /** Why adaptive practice would ask what it asks next (describePathReason). */
  nextLine: string | null;
  isTeacher: boolean;
  locale: Locale;
  t: Translator<"home">;
  teachT: Translator<"teach">;
}

/**
 * What a signed-in learner reaches for every day: the cards due, where practice goes on, the
 * assignments due soon and the streak. A server component: no script of its own.
 */
export function HomeDashboard({ summary, nextLine, isTeacher, locale, t, teachT }: HomeDashboardProps) {
  const { cards, weakest, assignments, streaks } = summary;
  const weakestName = weakest ? conceptById(weakest.concept).name[locale] : null;
  return (
    <section className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        {isTeacher ? (
          <Card className="space-y-3 md:col-span-2">
            <CardTitle as="h3">{t("teachingTitle")}</CardTitle>
            <p className="text-muted">{t("teachingBody")}</p>
            <ButtonLink href="/teach">{t("teachingCta")}</ButtonLink>
          </Card>
        ) : null}

        <Card className="space-y-3">
          <CardTitle as="h3">{t("cardsTitle")}</CardTitle>
          <p className="text-fg tabular-nums" data-testid="home-cards">
            {cards.due + cards.new > 0 ? t("cardsToday", { due: cards.due, fresh: cards.new }) : t("cardsNothing")}
          </p>
          <div className="flex flex-wrap gap-2">
            {cards.due + cards.new > 0 ? <ButtonLink href="/flashcards/review">{t("cardsCta")}</ButtonLink> : null}
            <ButtonLink href="/flashcards/browse" variant="secondary">
              {t("cardsBrowse")}
            </ButtonLink>
          </div>
        </Card>

        <Card className="space-y-3">
          <CardTitle as="h3">{t("continueTitle")}</CardTitle>
          {nextLine ? <p className="text-fg">{nextLine}</p> : null}
          {weakest && weakestName ? (
            <p className="text-sm text-muted">{t("weakestLine", { concept: weakestName, percent: Math.round(weakest.mastery * 100) })}</p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/practice${practiceSearch({ mode: "adaptive", concepts: [], difficulty: "auto" })}`}>{t("continueCta")}</ButtonLink>
            {weakest && weakestName ? (
              <ButtonLink href={`/practice${practiceSearch({ mode: "concepts", concepts: [weakest.concept], difficulty: "auto" })}`} variant="secondary">
                {t("weakestCta", { concept: weakestName })}
              </ButtonLink>
            ) : null}
          </div>
        </Card>

        <Card className="space-y-3">
          <CardTitle as="h3">{t("streakTitle")}</CardTitle>
          <p className="text-2xl font-semibold text-fg tabular-nums" data-testid="home-streak">
            {t("streakDays", { count: streaks.current })}
          </p>
          <p className="text-sm text-muted">{streaks.activeToday ? t("streakDone") : streaks.current > 0 ? t("streakKeep") : t("streakStart")}</p>
          {streaks.longest > streaks.current ? <p className="text-sm text-muted">{t("streakLongest", { count: streaks.longest })}</p> : null}
        </Card>

        {isTeacher ? null : (
          <Card className="space-y-3">
            <CardTitle as="h3">{t("assignmentsTitle")}</CardTitle>
            {assignments.length > 0 ? <AssignmentList assignments={assignments} t={teachT} /> : <p className="text-muted">{t("assignmentsNone")}</p>}
            <ButtonLink href="/assignments" variant="ghost" size="sm">
              {t("assignmentsAll")}
            </ButtonLink>
          </Card>
        )}
      </div>
    </section>
  );
}
