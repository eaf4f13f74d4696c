import { Card, CardTitle } from "@/components/ui/card";
import { getDueForecast } from "@/lib/server/flashcards/get-due-forecast";
import { getReviewStats } from "@/lib/server/flashcards/get-review-stats";
import type { FlashcardSettingsDto } from "@/lib/server/flashcards/settings";
import { getLocale, getT } from "@/lib/server/i18n";
import { ForecastChart } from "./forecast-chart";
import { numberFormat } from "@/lib/i18n/intl-cache";

export const FORECAST_DAYS = 14;

/** Retention over 7 and 30 days, cards by state, and the workload of the next two weeks. */
export async function ReviewStats({ userId, settings }: { userId: string; settings: FlashcardSettingsDto }) {
  const [t, locale, stats, forecast] = await Promise.all([
    getT("flashcards"),
    getLocale(),
    getReviewStats(userId, { settings }),
    getDueForecast({ userId, days: FORECAST_DAYS, timeZone: settings.timeZone }),
  ]);
  const percent = numberFormat(locale === "zh" ? "zh-CN" : "en", { style: "percent", maximumFractionDigits: 0 });
  const states = [
    { label: t("stateNew"), count: stats.byState.new },
    { label: t("stateLearning"), count: stats.byState.learning + stats.byState.relearning },
    { label: t("stateReview"), count: stats.byState.review },
  ];
  return (
    <Card>
      <CardTitle>{t("statsTitle")}</CardTitle>
      <dl className="mt-4 grid grid-cols-2 gap-3">
        {stats.retention.map((r) => (
          <div key={r.days} className="rounded-lg bg-surface-raised px-3 py-3">
            <dt className="text-xs text-muted">{t("retentionTitle", { days: r.days })}</dt>
            <dd className="mt-1 text-2xl font-semibold text-fg tabular-nums">{r.rate === null ? "—" : percent.format(r.rate)}</dd>
            <dd className="text-xs text-muted">{r.rate === null ? t("retentionNone") : t("retentionOf", { recalled: r.recalled, reviews: r.reviews })}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-muted">{t("retentionHelp")}</p>
      <h3 className="mt-5 text-sm font-semibold text-fg">{t("cardsTitle")}</h3>
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {states.map((s) => (
          <div key={s.label} className="flex gap-1.5">
            <dt className="text-muted">{s.label}</dt>
            <dd className="font-semibold text-fg tabular-nums">{s.count}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 text-sm font-semibold text-fg">{t("forecastTitle", { days: FORECAST_DAYS })}</h3>
      <ForecastChart forecast={forecast} t={t} locale={locale} />
    </Card>
  );
}
