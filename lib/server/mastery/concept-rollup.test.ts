// Integration test: the one definition of mastery in its two forms. The SQL upsert that grading runs
// and its TypeScript form (pushOutcome, masteryFromBits) agree with each other and with the formula
// over the answers themselves; a racing duplicate submit counts once; the rebuild SQL (migrations,
// scale seed) gives the same row. Real PostgreSQL of the vitest global setup.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { db } from "../db";
import { gradePracticeAnswer } from "../practice/grade-practice-answer";
import fc from "fast-check";
import { masteryFromBits, masteryFromOutcomes, MASTERY_WINDOW, pushOutcome, type OutcomeBits } from "@/lib/mastery/mastery";
import { createTestUser, rightAnswer, seedPracticeQuestion, wrongAnswer } from "../practice/testing";
import { recordConceptOutcome, REBUILD_CONCEPT_ROLLUP_SQL } from "./concept-rollup";

const template = listTemplates()[3]!;
let userId: string;

beforeAll(async () => {
  userId = (await createTestUser(db, "rollup")).id;
});

afterAll(async () => {
  await db.practiceQuestion.deleteMany({ where: { userId } });
  await db.conceptRollup.deleteMany({ where: { userId } });
  await db.user.deleteMany({ where: { id: userId } });
  await db.$disconnect();
});

const rollupRow = () => db.conceptRollup.findUnique({ where: { userId_concept: { userId, concept: template.concept } } });

describe("the TypeScript form of the rollup", () => {
  it("reads the same mastery from bits as from the outcomes, for any history", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 3 * MASTERY_WINDOW }), (oldestFirst) => {
        const bits = oldestFirst.reduce<OutcomeBits>((acc, correct) => pushOutcome(acc, correct), { bits: 0, count: 0 });
        expect(bits.count).toBe(Math.min(oldestFirst.length, MASTERY_WINDOW));
        expect(masteryFromBits(bits)).toBeCloseTo(masteryFromOutcomes(oldestFirst.slice().reverse()), 12);
      }),
    );
  });
});

describe("the SQL upsert against its TypeScript form", () => {
  it("keeps the same bits, counts and mastery for random histories", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 2 * MASTERY_WINDOW + 3 }), async (oldestFirst) => {
        await db.conceptRollup.deleteMany({ where: { userId, concept: "sql-vs-ts" } });
        for (const [k, correct] of oldestFirst.entries()) {
          await recordConceptOutcome(db, { userId, concept: "sql-vs-ts", correct, answeredAt: new Date(Date.UTC(2026, 0, 1) + k * 1000) });
        }
        const row = await db.conceptRollup.findUniqueOrThrow({ where: { userId_concept: { userId, concept: "sql-vs-ts" } } });
        const expected = oldestFirst.reduce<OutcomeBits>((acc, correct) => pushOutcome(acc, correct), { bits: 0, count: 0 });
        expect({ bits: row.recentBits, count: row.recentCount }).toEqual(expected);
        expect(row.attempts).toBe(oldestFirst.length);
        expect(row.correct).toBe(oldestFirst.filter(Boolean).length);
        expect(row.lastAnsweredAt).toEqual(new Date(Date.UTC(2026, 0, 1) + (oldestFirst.length - 1) * 1000));
        expect(masteryFromBits({ bits: row.recentBits, count: row.recentCount })).toBeCloseTo(masteryFromOutcomes(oldestFirst.slice().reverse()), 12);
      }),
      { numRuns: 15 },
    );
    await db.conceptRollup.deleteMany({ where: { userId, concept: "sql-vs-ts" } });
  });
});

describe("the rollup kept by practice grading", () => {
  it("agrees with the answers after more answers than the window, and counts a racing duplicate once", async () => {
    // 26 answers with a pattern that is not periodic in 20, one at a time (createdAt order = grading order).
    const pattern = Array.from({ length: 26 }, (_, k) => (k * 7) % 5 < 3);
    for (const [k, correct] of pattern.entries()) {
      const { id, question } = await seedPracticeQuestion(db, { userId, templateId: template.id, seed: 500 + k });
      const outcome = await gradePracticeAnswer({ userId, questionId: id, response: correct ? rightAnswer(question) : wrongAnswer(question), locale: "en" });
      expect(outcome.status).toBe("graded");
    }
    const raced = await seedPracticeQuestion(db, { userId, templateId: template.id, seed: 999 });
    await Promise.all(
      Array.from({ length: 6 }, () => gradePracticeAnswer({ userId, questionId: raced.id, response: rightAnswer(raced.question), locale: "en" })),
    );

    const answers = await db.practiceAttempt.findMany({
      where: { userId, concept: template.concept },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { correct: true },
    });
    expect(answers).toHaveLength(27);
    const row = await rollupRow();
    expect(row).toMatchObject({ attempts: 27, correct: answers.filter((a) => a.correct).length, recentCount: MASTERY_WINDOW });
    const newest = answers.map((a) => a.correct);
    expect(masteryFromBits({ bits: row!.recentBits, count: row!.recentCount })).toBeCloseTo(masteryFromOutcomes(newest), 12);
    newest.slice(0, MASTERY_WINDOW).forEach((correct, age) => expect(((row!.recentBits >> age) & 1) === 1).toBe(correct));
  });

  it("is rebuilt to the same row by the backfill SQL", async () => {
    const kept = await rollupRow();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // In a transaction that is rolled back: other test files share this database.
      await client.query("BEGIN");
      await client.query(REBUILD_CONCEPT_ROLLUP_SQL);
      const { rows } = await client.query(
        `SELECT "attempts", "correct", "recentBits", "recentCount", "lastAnsweredAt" FROM "ConceptRollup" WHERE "userId" = $1 AND "concept" = $2`,
        [userId, template.concept],
      );
      expect(rows[0]).toEqual({
        attempts: kept!.attempts,
        correct: kept!.correct,
        recentBits: kept!.recentBits,
        recentCount: kept!.recentCount,
        lastAnsweredAt: kept!.lastAnsweredAt,
      });
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
