import { getAccuracyTrend, requireProgressViewer } from "@/lib/server/progress/page-data";
import { ACCURACY_WEEKS } from "@/lib/server/progress/load-accuracy-trend";
import { getT } from "@/lib/server/i18n";
import { AccuracyChartLazy } from "./accuracy-chart-lazy";
import { formatDay, percent } from "./format";
import { Widget } from "./widget";

/** Accuracy per week as a bar chart, with the same figures as a table. */
export async function AccuracyTrend() {
  const [{ weeks }, t, { locale }] = await Promise.all([getAccuracyTrend(), getT("progress"), requireProgressViewer()]);
  const withAnswers = weeks.filter((w) => w.accuracy !== null);
  const intro = t("accuracyIntro", { weeks: ACCURACY_WEEKS });
  if (withAnswers.length === 0) {
    return (
      <Widget id="accuracy" title={t("accuracyTitle")} intro={intro}>
        <p className="text-sm text-muted">{t("accuracyEmpty", { weeks: ACCURACY_WEEKS })}</p>
      </Widget>
    );
  }
  const latest = withAnswers.at(-1)!;
  const best = withAnswers.reduce((a, b) => ((b.accuracy ?? 0) > (a.accuracy ?? 0) ? b : a));
  const summary = t("accuracySummary", {
    weeks: withAnswers.length,
    latest: t("accuracyWeekValue", { accuracy: percent(latest.accuracy!), week: formatDay(latest.weekStart, locale) }),
    best: t("accuracyWeekValue", { accuracy: percent(best.accuracy!), week: formatDay(best.weekStart, locale) }),
  });
  const data = weeks.map((w) => ({
    label: formatDay(w.weekStart, locale),
    accuracy: w.accuracy,
    title: t("accuracyBarTitle", {
      week: formatDay(w.weekStart, locale),
      accuracy: w.accuracy === null ? t("accuracyNoAnswers") : percent(w.accuracy),
      correct: w.correct,
      answers: w.answers,
    }),
  }));
  return (
    <Widget id="accuracy" title={t("accuracyTitle")} intro={intro}>
      <p className="mb-3 text-sm">{summary}</p>
      <AccuracyChartLazy data={data} label={t("accuracyChartLabel", { weeks: ACCURACY_WEEKS, summary })} />
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer rounded font-medium text-accent">{t("accuracyShowTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left tabular-nums">
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("accuracyWeekOf")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("accuracyAnswers")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("accuracyCorrect")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("accuracyValue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart} className="border-t border-border">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {formatDay(w.weekStart, locale, { withYear: true })}
                  </th>
                  <td className="py-1 pr-4 text-right">{w.answers}</td>
                  <td className="py-1 pr-4 text-right">{w.correct}</td>
                  <td className="py-1 text-right">{w.accuracy === null ? "–" : percent(w.accuracy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Widget>
  );
}
