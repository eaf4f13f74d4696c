import "server-only";
import type { MasteryMapDto } from "@/lib/progress/dto";
import { hasTemplateEdges, templateEdges } from "@/lib/progress/edge-exercise";
import { listTemplates } from "@/lib/questions";
import { MASTERY_WINDOW } from "@/lib/mastery/mastery";
import { scoreEdges } from "@/lib/progress/mastery-map";
import { queryRecentTemplateOutcomes } from "./queries";
import type { ProgressViewer } from "@/lib/progress/viewer";

/** Mastery of each transition of the state diagram. */
export async function loadMasteryMap({ userId }: ProgressViewer): Promise<MasteryMapDto> {
  const outcomes = await queryRecentTemplateOutcomes(
    userId,
    listTemplates().map((t) => t.id),
    MASTERY_WINDOW,
  );
  // The first time a process needs a template's edges it regenerates and runs a few of its
  // questions (a few ms each, about a second for every template): one template at a time,
  // yielding in between, so that other requests are not held up meanwhile.
  for (const templateId of new Set(outcomes.map((o) => o.templateId))) {
    if (hasTemplateEdges(templateId)) continue;
    templateEdges(templateId);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return scoreEdges(outcomes, templateEdges);
}
