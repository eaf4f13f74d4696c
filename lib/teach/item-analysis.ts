// Item analysis of an assignment's submissions (classical test theory).
//
// Share correct (difficulty index p): the share of students who answered the item correctly;
// an unanswered item counts as wrong.
// Discrimination (index D, Kelley's upper-lower method): rank students by total score, take the
// top 27% and the bottom 27% (at least one student each), and subtract the lower group's share
// correct from the upper group's. D is in [-1, 1]; above 0.3 the item separates strong from weak
// students well, near 0 it does not, below 0 the weak students did better (a suspicious item).

export const GROUP_FRACTION = 0.27;
/** Below this many students the 27% groups hold two students or fewer: D is shown with a warning. */
export const FEW_STUDENTS = 10;
/** The misconception id of a wrong answer that matches no known mistake (lib/questions). */
const NO_MISCONCEPTION = "other";

/** `response`: the answer in words, for wrong answers that match no known mistake. */
export type ItemOutcome = { correct: boolean; misconception: string | null; response?: string } | null;

export interface StudentOutcomes {
  studentId: string;
  /** One entry per item of the assignment; null when the student left it unanswered. */
  items: readonly ItemOutcome[];
}

export interface WrongAnswerCount {
  misconception: string;
  count: number;
}

export interface ItemStats {
  students: number;
  correct: number;
  /** null without students. */
  shareCorrect: number | null;
  /** null with fewer than two students (no groups to compare). */
  discrimination: number | null;
  /** The most frequent known misconception among wrong answers (a tie goes to the first id in order). */
  topWrong: WrongAnswerCount | null;
  /** When no known misconception fits any wrong answer: the wrong answers themselves, most frequent first (three at most). */
  commonWrongResponses: { response: string; count: number }[];
  /** Too few students for the discrimination index to mean much. */
  fewStudents: boolean;
}

export interface ItemAnalysis {
  items: ItemStats[];
  concepts: (ItemStats & { concept: string; itemCount: number })[];
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

/** The upper and lower 27% groups by total score (ties broken by student id, so the split is stable). */
export function upperLowerGroups(students: readonly { studentId: string; total: number }[]): { upper: string[]; lower: string[] } | null {
  if (students.length < 2) return null;
  const size = Math.max(1, Math.round(students.length * GROUP_FRACTION));
  const ranked = [...students].sort((a, b) => b.total - a.total || a.studentId.localeCompare(b.studentId));
  return { upper: ranked.slice(0, size).map((s) => s.studentId), lower: ranked.slice(-size).map((s) => s.studentId) };
}

function topWrong(outcomes: readonly ItemOutcome[]): WrongAnswerCount | null {
  const counts = new Map<string, number>();
  for (const o of outcomes)
    if (o && !o.correct && o.misconception && o.misconception !== NO_MISCONCEPTION) counts.set(o.misconception, (counts.get(o.misconception) ?? 0) + 1);
  let best: WrongAnswerCount | null = null;
  for (const [misconception, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!best || count > best.count) best = { misconception, count };
  }
  return best;
}

function commonWrongResponses(outcomes: readonly ItemOutcome[]): { response: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o && !o.correct && o.response !== undefined) counts.set(o.response, (counts.get(o.response) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([response, count]) => ({ response, count }));
}

/** Stats over a group of items (one item, or every item of a concept). */
function statsFor(students: readonly StudentOutcomes[], itemIndexes: readonly number[], groups: ReturnType<typeof upperLowerGroups>): ItemStats {
  const fraction = (s: StudentOutcomes) => mean(itemIndexes.map((i) => (s.items[i]?.correct ? 1 : 0)));
  const correct = students.reduce((sum, s) => sum + itemIndexes.filter((i) => s.items[i]?.correct).length, 0);
  const total = students.length * itemIndexes.length;
  let discrimination: number | null = null;
  if (groups) {
    const byId = new Map(students.map((s) => [s.studentId, s]));
    const share = (ids: string[]) => mean(ids.map((id) => fraction(byId.get(id)!)));
    discrimination = share(groups.upper) - share(groups.lower);
  }
  return {
    students: students.length,
    correct,
    shareCorrect: total === 0 ? null : correct / total,
    discrimination,
    ...wrongAnswers(students.flatMap((s) => itemIndexes.map((i) => s.items[i] ?? null))),
    fewStudents: students.length < FEW_STUDENTS,
  };
}

function wrongAnswers(outcomes: readonly ItemOutcome[]): Pick<ItemStats, "topWrong" | "commonWrongResponses"> {
  const top = topWrong(outcomes);
  return { topWrong: top, commonWrongResponses: top ? [] : commonWrongResponses(outcomes) };
}

export function analyseItems(students: readonly StudentOutcomes[], itemConcepts: readonly string[]): ItemAnalysis {
  const totals = students.map((s) => ({ studentId: s.studentId, total: s.items.filter((o) => o?.correct).length }));
  const groups = upperLowerGroups(totals);
  const items = itemConcepts.map((_, index) => statsFor(students, [index], groups));
  const conceptOrder = [...new Set(itemConcepts)];
  const concepts = conceptOrder.map((concept) => {
    const indexes = itemConcepts.flatMap((c, i) => (c === concept ? [i] : []));
    return { concept, itemCount: indexes.length, ...statsFor(students, indexes, groups) };
  });
  return { items, concepts };
}
