"use client";
// A client component for one reason (issue 12): rendered by a Server Component, the diagram's SVG
// went to the browser twice, as HTML and again as React's payload with every coordinate and
// style; from here the payload carries only the scores and the words.
import { StateDiagram } from "@/components/diagram/state-diagram";
import type { StateLabelsInput } from "@/components/diagram/state-labels";

export function MasteryMapDiagram({ edgeScores, labels }: { edgeScores: Record<string, number | null>; labels: StateLabelsInput }) {
  return <StateDiagram edgeScores={edgeScores} labels={labels} />;
}
