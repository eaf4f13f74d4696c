// The signed-in home page's data in one SQL statement (docs/performance-pages.md: every query
// costs about a millisecond of CPU in Prisma, so the page that every sign-in lands on reads once):
// flashcards due today, mastery per concept (for "continue practising"), the assignments due soon
// with the learner's attempts, and the days with activity (for the streak).
import "server-only";
import { ALL_CARD_IDS } from "@/lib/flashcards/decks";
import { chooseOnPath, type PathReason } from "@/lib/mastery/learning-path";
import {
  completeMastery,
  masteryFromOutcomes,
  outcomesFromBits,
  peakMasteryFromOutcomes,
  practisableConcepts,
  type ConceptMastery,
} from "@/lib/mastery/mastery";
import { dayInTimeZone, type Day } from "@/lib/progress/dates";
import { computeStreaks, type Streaks } from "@/lib/progress/streak";
import { CONCEPT_IDS, type ConceptId } from "@/lib/questions";
import { assignmentStatus, countedAttempt, scoreReleased, type ShowAnswersMode } from "@/lib/teach/status";
import { db } from "../db";
import type { StudentAssignmentSummaryDto } from "@/lib/teach/dto";

/** Assignments due from two days ago (still worth a word) to two weeks ahead, the first five. */
export const HOME_ASSIGNMENT_LIMIT = 5;
/** Days of activity read for the streak: a streak longer than this shows as this long. */
export const STREAK_LOOKBACK_DAYS = 400;

export interface HomeSummary {
  cards: { due: number; new: number };
  /** Adaptive practice's next step (null when no concept has questions). */
  next: PathReason | null;
  /** The weakest concept practised so far, if any. */
  weakest: { concept: ConceptId; mastery: number } | null;
  assignments: StudentAssignmentSummaryDto[];
  streaks: Streaks;
  today: Day;
}

interface Row {
  dueCards: number;
  accountedCards: number;
  newToday: number;
  perDay: number;
  rollups: { concept: string; attempts: number; correct: number; bits: number; count: number }[];
  activeDays: Day[];
  assignments: {
    id: string;
    title: string;
    className: string;
    opensAt: string;
    dueAt: string;
    showAnswers: ShowAnswersMode;
    itemCount: number;
    submissions: { attempt: number; submittedAt: string | null; score: number | null }[];
  }[];
}

/** JSON gives timestamp(3) columns back without a zone; they are UTC. */
const utc = (stamp: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(stamp) ? stamp : `${stamp}Z`);

export async function getHomeSummary(options: { userId: string; timeZone: string; now?: Date }): Promise<HomeSummary> {
  const { userId, timeZone, now = new Date() } = options;
  const today = dayInTimeZone(now, timeZone);
  const ids = [...ALL_CARD_IDS];
  const [row] = await db.$queryRaw<Row[]>`
      WITH s AS (
        SELECT to_timestamp(${now.getTime()}::float8 / 1000) AT TIME ZONE 'UTC' AS "now",
               COALESCE((SELECT "timeZone" FROM "FlashcardSettings" WHERE "userId" = ${userId}), 'UTC') AS "cardTz",
               COALESCE((SELECT "newCardsPerDay" FROM "FlashcardSettings" WHERE "userId" = ${userId}), 20) AS "perDay"
      ), held AS (
        SELECT h."cardId" FROM "FlashcardHold" h, s WHERE h."userId" = ${userId} AND (h."suspended" OR h."buriedUntil" > s."now")
      )
      SELECT
        (SELECT count(*)::int FROM "FlashcardState" f, s
          WHERE f."userId" = ${userId} AND f."cardId" = ANY(${ids}::text[]) AND f."due" <= s."now"
            AND f."cardId" NOT IN (SELECT "cardId" FROM held)) AS "dueCards",
        (SELECT count(*)::int FROM (SELECT "cardId" FROM "FlashcardState" WHERE "userId" = ${userId} UNION SELECT "cardId" FROM held) c
          WHERE c."cardId" = ANY(${ids}::text[])) AS "accountedCards",
        (SELECT count(*)::int FROM "FlashcardReview" r, s
          WHERE r."userId" = ${userId} AND r."logState" = 0
            AND r."reviewedAt" >= ((date_trunc('day', (s."now" AT TIME ZONE 'UTC') AT TIME ZONE s."cardTz") AT TIME ZONE s."cardTz") AT TIME ZONE 'UTC')) AS "newToday",
        (SELECT "perDay" FROM s) AS "perDay",
        (SELECT COALESCE(json_agg(json_build_object('concept', "concept", 'attempts', "attempts", 'correct', "correct", 'bits', "recentBits", 'count', "recentCount")), '[]'::json)
          FROM "ConceptRollup" WHERE "userId" = ${userId}) AS "rollups",
        (SELECT COALESCE(json_agg(DISTINCT d."day"), '[]'::json) FROM (
          SELECT to_char((("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS "day"
            FROM "PracticeAttempt", s WHERE "userId" = ${userId} AND "createdAt" >= s."now" - make_interval(days => ${STREAK_LOOKBACK_DAYS})
          UNION
          SELECT to_char((("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD')
            FROM "FlashcardReview", s WHERE "userId" = ${userId} AND "reviewedAt" >= s."now" - make_interval(days => ${STREAK_LOOKBACK_DAYS})
        ) d) AS "activeDays",
        (SELECT COALESCE(json_agg(a ORDER BY a."dueAt", a."id"), '[]'::json) FROM (
          SELECT asg."id", asg."title", c."name" AS "className", asg."opensAt", COALESCE(e."dueAt", asg."dueAt") AS "dueAt", asg."showAnswers",
                 cardinality(asg."itemTemplates") AS "itemCount",
                 (SELECT COALESCE(json_agg(json_build_object('attempt', sub."attempt", 'submittedAt', sub."submittedAt", 'score', sub."score")), '[]'::json)
                    FROM "AssignmentSubmission" sub WHERE sub."assignmentId" = asg."id" AND sub."studentId" = ${userId}) AS "submissions"
          FROM "Assignment" asg
          JOIN "ClassMember" m ON m."classId" = asg."classId" AND m."studentId" = ${userId}
          JOIN "Classroom" c ON c."id" = asg."classId"
          LEFT JOIN "AssignmentExtension" e ON e."assignmentId" = asg."id" AND e."studentId" = ${userId}
          , s
          WHERE asg."opensAt" <= s."now" + interval '14 days'
            AND COALESCE(e."dueAt", asg."dueAt") BETWEEN s."now" - interval '2 days' AND s."now" + interval '14 days'
          ORDER BY COALESCE(e."dueAt", asg."dueAt"), asg."id"
          LIMIT ${HOME_ASSIGNMENT_LIMIT}
        ) a) AS "assignments"`;
  if (!row) throw new Error("home summary returned no row");

  const known = (concept: string): concept is ConceptId => (CONCEPT_IDS as readonly string[]).includes(concept);
  const mastery: ConceptMastery[] = completeMastery(
    row.rollups.flatMap((r) => {
      if (!known(r.concept)) return [];
      const newestFirst = outcomesFromBits({ bits: r.bits, count: r.count });
      return [
        {
          concept: r.concept,
          attempts: r.attempts,
          correct: r.correct,
          mastery: masteryFromOutcomes(newestFirst),
          peak: peakMasteryFromOutcomes(newestFirst),
          lastPracticedAt: null,
        },
      ];
    }),
  );
  const practised = mastery
    .filter((m) => m.attempts > 0)
    .sort((a, b) => a.mastery - b.mastery || CONCEPT_IDS.indexOf(a.concept) - CONCEPT_IDS.indexOf(b.concept));
  const newAllowed = Math.max(0, row.perDay - row.newToday);

  return {
    cards: { due: row.dueCards, new: Math.min(newAllowed, Math.max(0, ids.length - row.accountedCards)) },
    next: chooseOnPath(mastery, practisableConcepts()),
    weakest: practised[0] ? { concept: practised[0].concept, mastery: practised[0].mastery } : null,
    assignments: row.assignments.map((a) => {
      const dueAt = utc(a.dueAt);
      const attempts = a.submissions.map((s) => ({ attempt: s.attempt, submittedAt: s.submittedAt ? utc(s.submittedAt) : null, score: s.score }));
      const counted = countedAttempt(attempts);
      return {
        id: a.id,
        title: a.title,
        className: a.className,
        opensAt: utc(a.opensAt).toISOString(),
        dueAt: dueAt.toISOString(),
        status: assignmentStatus({ attempts, dueAt, showAnswers: a.showAnswers, now }),
        score: counted && scoreReleased(a.showAnswers, dueAt, now) ? counted.score : null,
        itemCount: a.itemCount,
      };
    }),
    streaks: computeStreaks(row.activeDays, today),
    today,
  };
}
