// The grading hook of authored questions in assignments, kept apart so that the answer paths
// (lib/server/classes, lib/server/teach) need only two lines each: load the specs of the
// assignment's authored items once (loadAuthoredItems), then let variantItem ask
// authoredQuestion for an item whose id is "authored:<version id>". No ownership check here:
// the caller has already loaded the assignment through its own check (membership or teacherId),
// and an assignment can only name versions of its own teacher's questions (createAssignment).
import "server-only";
import { generateVariant, parseSpec, type QuestionSpec } from "@/lib/authoring";
import type { Localized, Question } from "@/lib/questions";
import { db } from "../db";

export const AUTHORED_PREFIX = "authored:";
export const isAuthoredItem = (templateId: string): boolean => templateId.startsWith(AUTHORED_PREFIX);
export const authoredItemId = (versionId: string): string => `${AUTHORED_PREFIX}${versionId}`;

export interface AuthoredItem {
  spec: QuestionSpec;
  title: Localized;
}
/** The specs of an assignment's authored items, by item id ("authored:<version id>"). */
export type AuthoredItems = ReadonlyMap<string, AuthoredItem>;

export async function loadAuthoredItems(itemTemplates: readonly string[]): Promise<AuthoredItems> {
  const ids = [...new Set(itemTemplates.filter(isAuthoredItem).map((id) => id.slice(AUTHORED_PREFIX.length)))];
  if (ids.length === 0) return new Map();
  const rows = await db.authoredQuestionVersion.findMany({ where: { id: { in: ids } }, select: { id: true, spec: true } });
  const items = new Map<string, AuthoredItem>();
  for (const row of rows) {
    const parsed = parseSpec(row.spec);
    // A stored spec always parsed when it was saved; one that no longer does is treated like a vanished template.
    if (parsed.ok) items.set(authoredItemId(row.id), { spec: parsed.spec, title: parsed.spec.title });
  }
  return items;
}

/** Seeds tried after a student's own when its variant fails (a dropped segment the ask needs, say): deterministic, so grading finds the same one. */
const RETRIES = 16;

/** The student's variant of an authored item; null when the item is unknown or no variant near its seed runs. */
export function authoredQuestion(items: AuthoredItems | undefined, templateId: string, seed: number): Question | null {
  const item = items?.get(templateId);
  if (!item) return null;
  for (let k = 0; k < RETRIES; k++) {
    const variant = generateVariant(item.spec, templateId, (seed + k * 0x9e3779b1) >>> 0);
    if (variant.ok) return { ...variant.question, seed };
  }
  return null;
}
