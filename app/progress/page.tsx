import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { AccuracyTrend } from "@/components/progress/accuracy-trend";
import { ActivityCalendar } from "@/components/progress/activity-calendar";
import { ConceptMastery } from "@/components/progress/concept-mastery";
import { ProgressEmptyState } from "@/components/progress/empty-state";
import { FlashcardsDue } from "@/components/progress/flashcards-due";
import { MasteryMap } from "@/components/progress/mastery-map";
import { ProgressOverview } from "@/components/progress/overview";
import { RecentMistakes } from "@/components/progress/recent-mistakes";
import { TimeZoneSync } from "@/components/progress/time-zone-sync";
import { WidgetBoundary } from "@/components/progress/widget-boundary";
import { WidgetSkeleton } from "@/components/progress/widget-skeleton";
import { getHasActivity, requireProgressViewer } from "@/lib/server/progress/page-data";
import { cx } from "@/components/ui/cx";
import { getT } from "@/lib/server/i18n";
import { DEFAULT_TIME_ZONE } from "@/lib/progress/timezone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("progress"))("title") };
}

/** Each widget loads on its own: a skeleton while it waits, a message and a retry if it fails. */
function Slot({
  title,
  tall,
  lines,
  stats,
  className,
  children,
}: {
  title: string;
  tall?: boolean;
  lines?: number;
  stats?: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("min-w-0", className)}>
      <WidgetBoundary title={title}>
        <Suspense fallback={<WidgetSkeleton label={title} tall={tall} lines={lines} stats={stats} />}>{children}</Suspense>
      </WidgetBoundary>
    </div>
  );
}

export default async function ProgressPage() {
  // Guests are sent to sign in here; every data function below checks the user again.
  const { timeZone } = await requireProgressViewer();
  const [t, hasActivity] = await Promise.all([getT("progress"), getHasActivity()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm text-muted">{timeZone === DEFAULT_TIME_ZONE ? t("timeZoneDefault") : t("timeZoneNote", { timeZone })}</p>
        <TimeZoneSync current={timeZone} />
      </header>
      {hasActivity ? (
        <>
          <Slot title={t("overviewTitle")} stats={4} lines={1}>
            <ProgressOverview />
          </Slot>
          <Slot title={t("mapTitle")} tall lines={1}>
            <MasteryMap />
          </Slot>
          <div className="grid gap-6 lg:grid-cols-2">
            <Slot title={t("masteryTitle")} lines={8}>
              <ConceptMastery />
            </Slot>
            <div className="min-w-0 space-y-6">
              <Slot title={t("accuracyTitle")} tall lines={1}>
                <AccuracyTrend />
              </Slot>
              <Slot title={t("calendarTitle")} tall lines={1}>
                <ActivityCalendar />
              </Slot>
            </div>
          </div>
          <Slot title={t("mistakesTitle")} lines={4}>
            <RecentMistakes />
          </Slot>
          <Slot title={t("dueTitle")} lines={3}>
            <FlashcardsDue />
          </Slot>
        </>
      ) : (
        <>
          <ProgressEmptyState />
          <Slot title={t("dueTitle")} lines={3}>
            <FlashcardsDue />
          </Slot>
        </>
      )}
    </div>
  );
}
