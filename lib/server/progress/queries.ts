// The progress page's SQL: aggregates computed by PostgreSQL (grouped, on indexed columns), never
// by loading every attempt into JavaScript. Each function takes the user whose data it reads and
// puts it in the where clause; the page's data functions (get-*.ts) pass the signed-in user only.
import "server-only";
import { addDays, dayInTimeZone, daysBetween, startsOfDays, type Day } from "@/lib/progress/dates";
import type { DayAnswers } from "@/lib/progress/accuracy";
import type { TemplateOutcome } from "@/lib/progress/edge-outcomes";
import { db } from "../db";

/**
 * Answers and correct answers per day in the time zone, from the learner's first answer to
 * `today`, oldest first, days without answers left out. The day boundaries (local midnights as UTC
 * instants) are computed here and PostgreSQL puts each answer between two of them with a binary
 * search (width_bucket), which costs less per row than converting every timestamp to local time.
 */
export async function queryDailyAnswers(userId: string, timeZone: string, today: Day): Promise<DayAnswers[]> {
  const first = await db.practiceAttempt.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  if (!first) return [];
  const firstDay = dayInTimeZone(first.createdAt, timeZone);
  const days: Day[] = [firstDay];
  while (daysBetween(days.at(-1)!, today) > 0) days.push(addDays(days.at(-1)!, 1));
  // Bucket k (1-based) holds the answers of days[k - 1]; the last boundary is the start of the day after.
  const bounds = startsOfDays(firstDay, addDays(days.at(-1)!, 1), timeZone).map((start) => new Date(start).toISOString().slice(0, 23).replace("T", " "));
  const rows = await db.$queryRaw<{ bucket: number; answers: number; correct: number }[]>`
      SELECT width_bucket("createdAt", ${bounds}::timestamp[]) AS "bucket",
             count(*)::int AS "answers",
             (count(*) FILTER (WHERE "correct"))::int AS "correct"
      FROM "PracticeAttempt"
      WHERE "userId" = ${userId}
      GROUP BY 1
      ORDER BY 1`;
  return rows.flatMap((r) => {
    const day = days[Number(r.bucket) - 1];
    // Bucket 0 (before the first day) cannot happen; past the last boundary is the future (a clock moved back).
    return day === undefined ? [] : [{ day, answers: Number(r.answers), correct: Number(r.correct) }];
  });
}

/**
 * Each template's newest `window` answers (the mastery model looks no further back). One indexed
 * LIMIT per template, so the cost does not grow with the learner's history.
 */
export async function queryRecentTemplateOutcomes(userId: string, templateIds: readonly string[], window: number): Promise<TemplateOutcome[]> {
  if (templateIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; templateId: string; correct: boolean; createdAt: Date }[]>`
      SELECT a."id", t."templateId", a."correct", a."createdAt"
      FROM unnest(${[...templateIds]}::text[]) AS t("templateId")
      CROSS JOIN LATERAL (
        SELECT "id", "correct", "createdAt"
        FROM "PracticeAttempt"
        WHERE "userId" = ${userId} AND "templateId" = t."templateId"
        ORDER BY "createdAt" DESC, "id" DESC
        LIMIT ${window}
      ) AS a`;
  return rows.map((r) => ({ id: r.id, templateId: r.templateId, correct: r.correct, at: r.createdAt.getTime() }));
}

export interface MistakeRow {
  id: string;
  templateId: string;
  concept: string;
  difficulty: number;
  response: unknown;
  misconception: string | null;
  createdAt: Date;
  seed: number;
}

/** The newest wrong answers with their question's seed, so the question can be regenerated. */
export async function queryRecentMistakes(userId: string, limit: number): Promise<MistakeRow[]> {
  const rows = await db.practiceAttempt.findMany({
    where: { userId, correct: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      templateId: true,
      concept: true,
      difficulty: true,
      response: true,
      misconception: true,
      createdAt: true,
      question: { select: { seed: true } },
    },
  });
  return rows.map(({ question, ...row }) => ({ ...row, seed: question.seed }));
}

/** Whether the learner has answered anything at all (one indexed probe). */
export async function queryHasAnswers(userId: string): Promise<boolean> {
  const row = await db.practiceAttempt.findFirst({ where: { userId }, select: { id: true } });
  return row !== null;
}
