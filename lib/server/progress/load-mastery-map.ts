import "server-only";
import type { MasteryMapDto } from "@/lib/progress/dto";
import { templateEdges } from "@/lib/progress/edge-exercise";
import { listTemplates } from "@/lib/questions";
import { MASTERY_WINDOW } from "../practice/mastery";
import { scoreEdges } from "./mastery-map";
import { queryRecentTemplateOutcomes } from "./queries";
import type { ProgressViewer } from "./viewer";

/** Mastery of each transition of the state diagram. */
export async function loadMasteryMap({ userId }: ProgressViewer): Promise<MasteryMapDto> {
  const outcomes = await queryRecentTemplateOutcomes(userId, listTemplates().map((t) => t.id), MASTERY_WINDOW);
  return scoreEdges(outcomes, templateEdges);
}
