import type { Translator } from "@/lib/i18n/translate";
import type { AssignmentResultsDto, ItemStatsDto } from "@/lib/teach/dto";
import { percent, signed } from "./format";

function StatCells({ stats, t }: { stats: ItemStatsDto; t: Translator<"teach"> }) {
  const none = t("notEnough");
  return (
    <>
      <td className="px-3 py-2 font-mono tabular-nums">{percent(stats.shareCorrect, none)}</td>
      <td className="px-3 py-2">
        <span className="font-mono tabular-nums">{signed(stats.discrimination, none)}</span>
        {stats.discrimination !== null && stats.fewStudents ? (
          <span className="mt-1 block max-w-48 text-xs text-muted" data-testid="few-students">
            {t("fewStudentsWarning", { n: stats.students })}
          </span>
        ) : null}
      </td>
      <td className="min-w-56 px-3 py-2">
        {stats.topWrong ? (
          <>
            <span className="font-mono text-muted">{t("commonWrongCount", { n: stats.topWrong.count })}</span> {stats.topWrong.label}
          </>
        ) : stats.commonWrongResponses.length > 0 ? (
          <>
            <span className="block text-muted">{t("commonWrongResponses")}</span>
            <ul className="mt-0.5 space-y-0.5">
              {stats.commonWrongResponses.map((wrong) => (
                <li key={wrong.response}>
                  <span className="font-mono text-muted">{t("commonWrongCount", { n: wrong.count })}</span> <span className="font-mono">{wrong.response}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          none
        )}
      </td>
    </>
  );
}

function Head({ first, t }: { first: string; t: Translator<"teach"> }) {
  return (
    <thead className="bg-surface-raised text-muted">
      <tr>
        <th scope="col" className="px-3 py-2 font-medium">
          {first}
        </th>
        <th scope="col" className="px-3 py-2 font-medium">
          {t("colShareCorrect")}
        </th>
        <th scope="col" className="px-3 py-2 font-medium">
          {t("colDiscrimination")}
        </th>
        <th scope="col" className="px-3 py-2 font-medium">
          {t("colCommonWrong")}
        </th>
      </tr>
    </thead>
  );
}

/** Per question and per concept: share correct, discrimination D and the most common mistake. */
export function ItemAnalysis({ results, t }: { results: AssignmentResultsDto; t: Translator<"teach"> }) {
  return (
    <section aria-labelledby="item-analysis-heading" className="space-y-4">
      <h2 id="item-analysis-heading" className="text-xl font-semibold tracking-tight">
        {t("itemAnalysisHeading")}
      </h2>
      <p className="max-w-3xl text-sm leading-relaxed text-muted">{t("itemAnalysisMethod")}</p>
      <h3 className="font-semibold">{t("byQuestion")}</h3>
      <div className="relative overflow-x-auto rounded-xl border border-border">
        <table className="w-full text-left text-sm">
          <Head first={t("colQuestion")} t={t} />
          <tbody>
            {results.itemStats.map((item) => (
              <tr key={item.index} className="border-t border-border align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  {t("questionN", { n: item.index + 1 })} <span className="font-normal text-muted">{item.templateTitle}</span>
                </th>
                <StatCells stats={item} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="font-semibold">{t("byConceptHeading")}</h3>
      <div className="relative overflow-x-auto rounded-xl border border-border">
        <table className="w-full text-left text-sm">
          <Head first={t("colConcept")} t={t} />
          <tbody>
            {results.conceptStats.map((concept) => (
              <tr key={concept.concept} className="border-t border-border align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  {concept.conceptName} <span className="font-normal text-muted">({t("concepts", { n: concept.itemCount })})</span>
                </th>
                <StatCells stats={concept} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
