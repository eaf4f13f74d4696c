/**
 * npm run bench -- grading-sql
 *
 * How an answer is recorded, timed on its own against a real PostgreSQL (bench/lib/database.ts),
 * one submit at a time and ten at once: the Prisma interactive transaction grading used until
 * the hot-path change (createMany with skipDuplicates, the rollup upsert, findUniqueOrThrow), the
 * one statement it sends now (lib/server/practice/grade-practice-answer.ts), through Prisma's
 * $queryRaw and through plain `pg`. Every submit records a new answer. Options: BENCH_SQL_OPS (600).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { Prisma } from "../lib/generated/prisma/client";
import { conceptRollupUpsertFrom, recordConceptOutcome } from "../lib/server/mastery/concept-rollup";
import { createPrismaClient } from "../lib/server/prisma-client";
import { createBenchDatabase, describeServer } from "./lib/database";

const OPS = Number(process.env.BENCH_SQL_OPS ?? 600);
const USERS = 10;

const database = await createBenchDatabase("grading_sql");
const db = createPrismaClient(database.url);
const pool = new pg.Pool({ connectionString: database.url, max: 10 });
try {
  console.log(`Database: ${await describeServer(database.url)}`);
  await pool.query(`INSERT INTO "User" ("id", "email", "name", "role", "locale", "createdAt", "updatedAt")
                    SELECT 'u' || g, 'u' || g || '@bench.test', 'Bench', 'STUDENT', 'en', now(), now() FROM generate_series(0, ${USERS - 1}) g`);
  await pool.query(`INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale", "createdAt")
                    SELECT 'q' || g, 'u' || (g % ${USERS}), 'handshake-state-after-step', 'handshake-states', g, 1, 'en', now() FROM generate_series(0, ${OPS * 8}) g`);
  let next = 0;
  const answer = () => {
    const n = next++;
    return {
      questionId: `q${n}`,
      userId: `u${n % USERS}`,
      templateId: "handshake-state-after-step",
      concept: "handshake-states",
      difficulty: 1,
      response: { kind: "state", state: "ESTABLISHED" },
      correct: n % 2 === 0,
      misconception: null,
      timeTakenMs: 1000,
    };
  };
  type Answer = ReturnType<typeof answer>;

  const strategies: Record<string, (a: Answer) => Promise<unknown>> = {
    "Prisma interactive transaction (before)": (a) =>
      db.$transaction(async (tx) => {
        const inserted = await tx.practiceAttempt.createMany({ data: [{ ...a, response: a.response as Prisma.InputJsonValue }], skipDuplicates: true });
        if (inserted.count > 0) await recordConceptOutcome(tx, { ...a, answeredAt: new Date() });
        return tx.practiceAttempt.findUniqueOrThrow({ where: { questionId: a.questionId }, select: { response: true, timeTakenMs: true } });
      }),
    "one statement through Prisma $queryRaw (now)": (a) => db.$queryRaw`
      WITH inserted AS (
        INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
        VALUES (${`c${randomUUID()}`}, ${a.questionId}, ${a.userId}, ${a.templateId}, ${a.concept}, ${a.difficulty}::int, ${JSON.stringify(a.response)}::jsonb, ${a.correct}, ${a.misconception}::text, ${a.timeTakenMs}::int, to_timestamp(${Date.now()}::float8 / 1000) AT TIME ZONE 'UTC')
        ON CONFLICT ("questionId") DO NOTHING
        RETURNING "userId", "concept", "correct", "response", "timeTakenMs", "createdAt"
      ), rolled_up AS (${conceptRollupUpsertFrom(Prisma.sql`SELECT "userId", "concept", "correct"::int AS "correct", "createdAt" AS "answeredAt" FROM inserted`)})
      SELECT "response", "timeTakenMs" FROM inserted`,
    "one statement through plain pg": (a) =>
      pool.query(
        `WITH inserted AS (
           INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
           VALUES ($1, $2, $3, $4, $5, $6::int, $7::jsonb, $8, $9::text, $10::int, to_timestamp($11::float8 / 1000) AT TIME ZONE 'UTC')
           ON CONFLICT ("questionId") DO NOTHING
           RETURNING "userId", "concept", "correct", "response", "timeTakenMs"
         ), rolled_up AS (
           INSERT INTO "ConceptRollup" AS r ("userId", "concept", "attempts", "correct", "recentBits", "recentCount")
           SELECT "userId", "concept", 1, "correct"::int, "correct"::int, 1 FROM inserted
           ON CONFLICT ("userId", "concept") DO UPDATE SET "attempts" = r."attempts" + 1, "correct" = r."correct" + EXCLUDED."correct",
             "recentBits" = ((r."recentBits" << 1) | EXCLUDED."recentBits") & 1048575, "recentCount" = least(r."recentCount" + 1, 20)
         )
         SELECT "response", "timeTakenMs" FROM inserted`,
        [
          `c${randomUUID()}`,
          a.questionId,
          a.userId,
          a.templateId,
          a.concept,
          a.difficulty,
          JSON.stringify(a.response),
          a.correct,
          a.misconception,
          a.timeTakenMs,
          Date.now(),
        ],
      ),
  };

  console.log("\n| how an answer is recorded | one at a time | ten at once |\n| --- | ---: | ---: |");
  for (const [label, record] of Object.entries(strategies)) {
    const cells: string[] = [];
    for (const concurrency of [1, 10]) {
      for (let i = 0; i < 30; i++) await record(answer()); // warm-up
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = 0; i < OPS / concurrency; i++) await record(answer());
        }),
      );
      const perAnswer = (performance.now() - started) / OPS;
      cells.push(`${perAnswer.toFixed(2)} ms (${(1000 / perAnswer).toFixed(0)}/s)`);
    }
    console.log(`| ${label} | ${cells.join(" | ")} |`);
  }
} finally {
  await db.$disconnect();
  await pool.end();
  await database.drop();
  await database.stopServer();
}
