// Seeds one learner with many practice attempts in bulk (INSERT ... SELECT generate_series), for
// the progress benchmark. Attempts are spread over the last `days` days across the given
// templates; about 70% are correct, most recent ones a little more often (the learner improves).
import type pg from "pg";
import { REBUILD_CONCEPT_ROLLUP_SQL } from "../lib/server/mastery/concept-rollup";

export interface HeavyLearnerOptions {
  userId: string;
  email: string;
  passwordHash: string;
  attempts: number;
  days: number;
  templates: readonly { id: string; concept: string }[];
}

export async function seedHeavyLearner(client: pg.Client, options: HeavyLearnerOptions): Promise<void> {
  const { userId, email, passwordHash, attempts, days, templates } = options;
  const ids = templates.map((t) => t.id);
  const concepts = templates.map((t) => t.concept);
  await client.query(
    `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "locale", "updatedAt") VALUES ($1, 'Bench learner', $2, $3, 'STUDENT', 'en', now())`,
    [userId, email, passwordHash],
  );
  // g = 1 is the newest attempt; seeds fit PracticeQuestion.seed (a 32-bit signed integer).
  await client.query(
    `INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale", "createdAt")
     SELECT $1 || '-q' || g, $1, ($2::text[])[1 + g % cardinality($2::text[])], ($3::text[])[1 + g % cardinality($3::text[])],
            (g * 7919) % 2147483647, 1 + g % 3, 'en',
            (now() AT TIME ZONE 'UTC') - (g::float8 / $4) * ($5 * interval '1 day') - interval '30 seconds'
     FROM generate_series(1, $4::int) AS g`,
    [userId, ids, concepts, attempts, days],
  );
  await client.query(
    `INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
     SELECT $1 || '-a' || g, $1 || '-q' || g, $1, q."templateId", q."concept", q."difficulty",
            '{"kind":"state","state":"CLOSED"}'::jsonb, c.correct, CASE WHEN c.correct THEN NULL ELSE 'other' END,
            5000 + (g * 37) % 60000, q."createdAt" + interval '30 seconds'
     FROM generate_series(1, $2::int) AS g
     JOIN "PracticeQuestion" q ON q."id" = $1 || '-q' || g
     CROSS JOIN LATERAL (SELECT ((g * 2654435761::bigint) % 1000) < 650 + 150 * (1 - g::float8 / $2) AS correct) AS c`,
    [userId, attempts],
  );
  // Mastery is read from the rollup that grading keeps; bulk inserts bypass grading, so rebuild it.
  await client.query(REBUILD_CONCEPT_ROLLUP_SQL);
  await client.query(`ANALYZE "PracticeQuestion"; ANALYZE "PracticeAttempt"; ANALYZE "ConceptRollup"`);
}
