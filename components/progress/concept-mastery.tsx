import { getT } from "@/lib/server/i18n";
import { MASTERY_DECAY, MASTERY_WINDOW } from "@/lib/mastery/mastery";
import { getConceptMasteries } from "@/lib/server/progress/page-data";
import { ConceptMasteryList } from "./concept-mastery-list";
import { Widget } from "./widget";

/** Mastery of every concept in teaching order, with the model explained in one sentence. */
export async function ConceptMastery() {
  const [rows, t] = await Promise.all([getConceptMasteries(), getT("progress")]);
  return (
    <Widget id="mastery" title={t("masteryTitle")} intro={t("masteryModel", { window: MASTERY_WINDOW, decay: MASTERY_DECAY })}>
      <ConceptMasteryList rows={rows.map((row) => [row.concept, row.name, row.correct, row.attempts, row.mastery])} />
    </Widget>
  );
}
