// The progress page's SQL: aggregates computed by PostgreSQL (grouped, on indexed columns), never
// by loading every attempt into JavaScript. Each function takes the user whose data it reads and
// puts it in the where clause; the page's data functions (get-*.ts) pass the signed-in user only.
import "server-only";
import type { Day } from "@/lib/progress/dates";
import type { DayAnswers } from "@/lib/progress/accuracy";
import type { TemplateOutcome } from "@/lib/progress/edge-outcomes";
import { db } from "../db";
import { withDatabase } from "../errors";

/** Answers and correct answers per day (in the time zone), all time, oldest first. */
export async function queryDailyAnswers(userId: string, timeZone: string): Promise<DayAnswers[]> {
  const rows = await withDatabase(
    () => db.$queryRaw<{ day: Day; answers: number; correct: number }[]>`
      SELECT to_char((("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS "day",
             count(*)::int AS "answers",
             (count(*) FILTER (WHERE "correct"))::int AS "correct"
      FROM "PracticeAttempt"
      WHERE "userId" = ${userId}
      GROUP BY 1
      ORDER BY 1`,
  );
  return rows.map((r) => ({ day: r.day, answers: Number(r.answers), correct: Number(r.correct) }));
}

/**
 * Each template's newest `window` answers (the mastery model looks no further back). One indexed
 * LIMIT per template, so the cost does not grow with the learner's history.
 */
export async function queryRecentTemplateOutcomes(userId: string, templateIds: readonly string[], window: number): Promise<TemplateOutcome[]> {
  if (templateIds.length === 0) return [];
  const rows = await withDatabase(
    () => db.$queryRaw<{ id: string; templateId: string; correct: boolean; createdAt: Date }[]>`
      SELECT a."id", t."templateId", a."correct", a."createdAt"
      FROM unnest(${[...templateIds]}::text[]) AS t("templateId")
      CROSS JOIN LATERAL (
        SELECT "id", "correct", "createdAt"
        FROM "PracticeAttempt"
        WHERE "userId" = ${userId} AND "templateId" = t."templateId"
        ORDER BY "createdAt" DESC, "id" DESC
        LIMIT ${window}
      ) AS a`,
  );
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
  const rows = await withDatabase(() =>
    db.practiceAttempt.findMany({
      where: { userId, correct: false },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, templateId: true, concept: true, difficulty: true, response: true, misconception: true, createdAt: true, question: { select: { seed: true } } },
    }),
  );
  return rows.map(({ question, ...row }) => ({ ...row, seed: question.seed }));
}

/** Whether the learner has answered anything at all (one indexed probe). */
export async function queryHasAnswers(userId: string): Promise<boolean> {
  const row = await withDatabase(() => db.practiceAttempt.findFirst({ where: { userId }, select: { id: true } }));
  return row !== null;
}
