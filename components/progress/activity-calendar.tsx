import { getActivityCalendar, requireProgressViewer } from "@/lib/server/progress/page-data";
import { getT } from "@/lib/server/i18n";
import { LEVEL_FILL, toCalendarGridData } from "./calendar-data";
import { CalendarGrid } from "./calendar-grid";
import { formatDay, formatMonth, formatNumber } from "./format";
import { Widget } from "./widget";

/** Days with answers and reviews over the last six months, with a month-by-month table. */
export async function ActivityCalendar() {
  const [{ calendar }, t, { locale }] = await Promise.all([getActivityCalendar(), getT("progress"), requireProgressViewer()]);
  const vars = {
    activeDays: formatNumber(calendar.activeDays, locale),
    answers: formatNumber(calendar.answers, locale),
    reviews: formatNumber(calendar.reviews, locale),
    from: formatDay(calendar.from, locale, { withYear: true }),
  };
  const summary = t("calendarSummary", vars);
  return (
    <Widget id="calendar" title={t("calendarTitle")} intro={t("calendarIntro")}>
      <p className="mb-3 text-sm">{summary}</p>
      <CalendarGrid data={toCalendarGridData(calendar, (month) => formatMonth(month, locale, "short"))} label={t("calendarLabel", { summary })} />
      <div className="mt-2 flex items-center gap-1.5 text-xs text-muted" aria-hidden="true">
        <span>{t("calendarLess")}</span>
        {LEVEL_FILL.map((fill) => (
          <span key={fill} className="inline-block size-3 rounded-[3px]" style={{ background: fill }} />
        ))}
        <span>{t("calendarMore")}</span>
      </div>
      <p className="sr-only">{t("calendarLevels")}</p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer rounded font-medium text-accent">{t("calendarShowTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left tabular-nums">
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("calendarMonth")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("calendarActiveDays")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("calendarAnswers")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("calendarReviews")}
                </th>
              </tr>
            </thead>
            <tbody>
              {calendar.months.map((m) => (
                <tr key={m.month} className="border-t border-border">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {formatMonth(m.month, locale)}
                  </th>
                  <td className="py-1 pr-4 text-right">{m.activeDays}</td>
                  <td className="py-1 pr-4 text-right">{formatNumber(m.answers, locale)}</td>
                  <td className="py-1 text-right">{formatNumber(m.reviews, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Widget>
  );
}
