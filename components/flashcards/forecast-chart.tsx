import type { DueForecastDto } from "@/lib/flashcards/dto";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/flashcards/types-public";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

/**
 * Cards due per day as a bar chart in plain HTML: one list item per day, its bar's height
 * proportional to the count; the numbers are written out for screen readers.
 */
export function ForecastChart({ forecast, t, locale }: { forecast: DueForecastDto; t: Translator<"flashcards">; locale: Locale }) {
  const counts = forecast.days.map((d, k) => d.due + (k === 0 ? forecast.overdue : 0));
  const max = Math.max(1, ...counts);
  const total = counts.reduce((n, c) => n + c, 0);
  const weekday = dateTimeFormat(locale === "zh" ? "zh-CN" : "en", { weekday: "narrow", timeZone: "UTC" });
  const full = dateTimeFormat(locale === "zh" ? "zh-CN" : "en", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
  if (total === 0) return <p className="mt-3 text-sm text-muted">{t("forecastEmpty")}</p>;
  return (
    <div className="mt-3">
      <p className="text-sm text-fg">{t("forecastTotal", { count: total, days: forecast.days.length })}</p>
      <ol className="mt-3 flex h-36 items-end gap-1" aria-label={t("forecastTitle", { days: forecast.days.length })}>
        {forecast.days.map((day, k) => {
          const date = new Date(`${day.date}T00:00:00Z`);
          const count = counts[k]!;
          return (
            <li key={day.date} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
              <span className="text-[0.65rem] text-muted tabular-nums" aria-hidden="true">
                {count > 0 ? count : ""}
              </span>
              <span
                aria-hidden="true"
                className={k === 0 ? "w-full rounded-t bg-accent" : "w-full rounded-t bg-accent/55"}
                style={{ height: `${Math.max(count > 0 ? 4 : 1, (count / max) * 100)}%` }}
              />
              <span className="text-[0.65rem] text-muted" aria-hidden="true">
                {k === 0 ? t("forecastToday").slice(0, locale === "zh" ? 2 : 3) : weekday.format(date)}
              </span>
              <span className="sr-only">{t("forecastDay", { date: k === 0 ? t("forecastToday") : full.format(date), count })}</span>
            </li>
          );
        })}
      </ol>
      {forecast.overdue > 0 ? <p className="mt-2 text-xs text-muted">{t("forecastOverdue", { count: forecast.overdue })}</p> : null}
    </div>
  );
}
