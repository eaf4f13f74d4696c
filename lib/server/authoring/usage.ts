// Which of the teacher's assignments use which versions of their questions, and how students did
// on them: the bank's usage and item statistics, the editor's versioning and delete rules.
import "server-only";
import { db } from "../db";
import { authoredItemId } from "./authored-items";

export interface VersionUse {
  assignmentId: string;
  title: string;
  itemIds: string[];
  /** Opened, or already has work: its versions must never change. */
  started: boolean;
}

export async function assignmentsUsing(teacherId: string, versionIds: readonly string[], now: Date): Promise<VersionUse[]> {
  if (versionIds.length === 0) return [];
  const itemIds = versionIds.map(authoredItemId);
  const rows = await db.assignment.findMany({
    where: { teacherId, itemTemplates: { hasSome: itemIds } },
    select: { id: true, title: true, itemTemplates: true, opensAt: true, _count: { select: { submissions: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    assignmentId: r.id,
    title: r.title,
    itemIds: r.itemTemplates.filter((t) => itemIds.includes(t)),
    started: r.opensAt.getTime() <= now.getTime() || r._count.submissions > 0,
  }));
}

export interface ItemStats {
  answers: number;
  correct: number;
}

/** Graded answers to these versions in the teacher's own assignments. */
export async function answerStats(teacherId: string, versionIds: readonly string[]): Promise<Map<string, ItemStats>> {
  const stats = new Map<string, ItemStats>();
  if (versionIds.length === 0) return stats;
  const groups = await db.assignmentAnswer.groupBy({
    by: ["templateId", "correct"],
    where: { templateId: { in: versionIds.map(authoredItemId) }, submission: { assignment: { teacherId } } },
    _count: { _all: true },
  });
  for (const g of groups) {
    const entry = stats.get(g.templateId) ?? { answers: 0, correct: 0 };
    entry.answers += g._count._all;
    if (g.correct) entry.correct += g._count._all;
    stats.set(g.templateId, entry);
  }
  return stats;
}
