import { ScrollArea } from "@/components/ui/scroll-area";
import { getLocale, getT } from "@/lib/server/i18n";
import { getMasteryMap } from "@/lib/server/progress/page-data";
import { percent } from "./format";
import { masteryMapLabels } from "./map-labels";
import { MasteryMapDiagram } from "./mastery-map-diagram";
import { Widget } from "./widget";

const arrow = (key: string) => key.replace(">", " → ");

/** The RFC 9293 state diagram with each transition coloured by the learner's mastery of it. */
export async function MasteryMap() {
  const [map, t, common, locale] = await Promise.all([getMasteryMap(), getT("progress"), getT("common"), getLocale()]);
  const scored = Object.entries(map.edgeScores)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => a[1] - b[1]);
  return (
    <Widget id="map" title={t("mapTitle")} intro={t("mapIntro")}>
      {/* overflow-hidden: the diagram's screen-reader table is a 1px box that a <table> widens to its content; clip it so a phone does not scroll sideways. */}
      <ScrollArea label={t("mapTitle")} hint={common("scrollHint")} inner>
        <MasteryMapDiagram edgeScores={map.edgeScores} labels={masteryMapLabels(t, locale)} />
      </ScrollArea>
      <p className="mt-3 text-sm text-muted">
        {scored.length === 0
          ? t("mapEmpty")
          : t("mapWeakest", {
              list: scored
                .slice(0, 3)
                .map(([key, score]) => t("mapWeakestItem", { edge: arrow(key), percent: percent(score) }))
                .join(common("listSeparator")),
            })}
      </p>
    </Widget>
  );
}
