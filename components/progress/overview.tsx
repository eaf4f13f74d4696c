import { getProgressOverview, requireProgressViewer } from "@/lib/server/progress/page-data";
import { getT } from "@/lib/server/i18n";
import { formatNumber, percent } from "./format";
import { Widget } from "./widget";

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-border bg-canvas/60 p-3 sm:p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-muted">{detail}</dd> : null}
    </div>
  );
}

/** Totals, accuracy and the streak. */
export async function ProgressOverview() {
  const [overview, { locale }, t, common] = await Promise.all([getProgressOverview(), requireProgressViewer(), getT("progress"), getT("common")]);
  const { streaks } = overview;
  const days = (count: number) => t(count === 1 ? "streakDay" : "streakDays", { count });
  return (
    <Widget id="overview" title={t("overviewTitle")}>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={t("statAnswers")} value={formatNumber(overview.answers, locale)} detail={t("allTime")} />
        <Stat label={t("statAccuracy")} value={overview.answers > 0 ? percent(overview.correct / overview.answers) : "–"} detail={t("allTime")} />
        <Stat label={t("statStreak")} value={days(streaks.current)} detail={t("longestStreak", { count: days(streaks.longest) })} />
        <Stat label={t("statActiveDays")} value={formatNumber(overview.activeDays, locale)} detail={t("allTime")} />
      </dl>
      <p className="mt-3 text-sm text-muted">
        {common("sentenceJoin", { first: streaks.activeToday ? t("streakTodayDone") : t("streakKeepGoing"), second: t("streakHelp") })}
      </p>
    </Widget>
  );
}
