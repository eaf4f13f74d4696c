// Integration test: the concept rollup that grading keeps in step agrees with the learner's
// answers themselves (counts, the newest outcomes, mastery by the practice formula), counts a
// racing duplicate submit once, and the rebuild SQL (migration backfill, scale seed) gives the
// same row. Real PostgreSQL of the vitest global setup.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { db } from "../db";
import { gradePracticeAnswer } from "../practice/grade-practice-answer";
import { MASTERY_DECAY, MASTERY_WINDOW } from "../practice/mastery";
import { createTestUser, rightAnswer, seedPracticeQuestion, wrongAnswer } from "../practice/testing";
import { REBUILD_CONCEPT_ROLLUP_SQL, ROLLUP_WINDOW, rollupMastery } from "./concept-rollup";

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

/** The formula of lib/server/practice/mastery.ts over outcomes, newest first. */
function windowMastery(newestFirst: boolean[]): number {
  let weighted = 0;
  let weights = 1;
  newestFirst.slice(0, MASTERY_WINDOW).forEach((correct, age) => {
    weights += MASTERY_DECAY ** age;
    if (correct) weighted += MASTERY_DECAY ** age;
  });
  return weighted / weights;
}

const rollupRow = () => db.conceptRollup.findUnique({ where: { userId_concept: { userId, concept: template.concept } } });

describe("rollupMastery", () => {
  it("keeps as many outcomes as the mastery window", () => {
    expect(ROLLUP_WINDOW).toBe(MASTERY_WINDOW);
  });

  it("matches the window formula for bits of any length", () => {
    const outcomes = [true, false, true, true, false, false, true, true, true, false, true, false, true, true, true, true, false, true, true, true];
    for (let n = 0; n <= outcomes.length; n += 1) {
      const bits = outcomes.slice(0, n).reduce((acc, correct, age) => acc | (correct ? 1 << age : 0), 0);
      expect(rollupMastery(bits, n, MASTERY_DECAY)).toBeCloseTo(windowMastery(outcomes.slice(0, n)), 12);
    }
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
    await Promise.all(Array.from({ length: 6 }, () => gradePracticeAnswer({ userId, questionId: raced.id, response: rightAnswer(raced.question), locale: "en" })));

    const answers = await db.practiceAttempt.findMany({ where: { userId, concept: template.concept }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { correct: true } });
    expect(answers).toHaveLength(27);
    const row = await rollupRow();
    expect(row).toMatchObject({ attempts: 27, correct: answers.filter((a) => a.correct).length, recentCount: ROLLUP_WINDOW });
    const newest = answers.map((a) => a.correct);
    expect(rollupMastery(row!.recentBits, row!.recentCount, MASTERY_DECAY)).toBeCloseTo(windowMastery(newest), 12);
    newest.slice(0, ROLLUP_WINDOW).forEach((correct, age) => expect(((row!.recentBits >> age) & 1) === 1).toBe(correct));
  });

  it("is rebuilt to the same row by the backfill SQL", async () => {
    const kept = await rollupRow();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // In a transaction that is rolled back: other test files share this database.
      await client.query("BEGIN");
      await client.query(REBUILD_CONCEPT_ROLLUP_SQL);
      const { rows } = await client.query(`SELECT "attempts", "correct", "recentBits", "recentCount" FROM "ConceptRollup" WHERE "userId" = $1 AND "concept" = $2`, [userId, template.concept]);
      expect(rows[0]).toEqual({ attempts: kept!.attempts, correct: kept!.correct, recentBits: kept!.recentBits, recentCount: kept!.recentCount });
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
