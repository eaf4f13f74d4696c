// Integration test: the progress page's SQL against the real PostgreSQL in DATABASE_URL (a fresh,
// migrated database prepared by the vitest global setup). Each test seeds its own learners.
import { afterAll, describe, expect, it } from "vitest";
import { masteryFromOutcomes } from "@/lib/mastery/mastery";
import { recordConceptOutcome } from "../mastery/concept-rollup";
import { getConceptMastery } from "../mastery/get-masteries";
import { db } from "../db";
import { queryDailyAnswers, queryHasAnswers, queryRecentMistakes, queryRecentTemplateOutcomes } from "./queries";

const userIds: string[] = [];
const TODAY = "2026-07-02";

async function createLearner(): Promise<string> {
  const user = await db.user.create({ data: { name: "Progress test", email: `progress-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  userIds.push(user.id);
  return user.id;
}

interface Seeded {
  at: string;
  correct: boolean;
  templateId?: string;
  concept?: string;
  seed?: number;
  difficulty?: number;
}

async function answer(userId: string, a: Seeded): Promise<string> {
  const createdAt = new Date(a.at);
  const templateId = a.templateId ?? "handshake-state-after-step";
  const concept = a.concept ?? "handshake-states";
  const difficulty = a.difficulty ?? 1;
  const question = await db.practiceQuestion.create({
    data: {
      userId,
      templateId,
      concept,
      seed: a.seed ?? 42,
      difficulty,
      locale: "en",
      createdAt,
      attempt: {
        create: {
          userId,
          templateId,
          concept,
          difficulty,
          response: { kind: "state", state: "LISTEN" },
          correct: a.correct,
          misconception: a.correct ? null : "other",
          timeTakenMs: 1000,
          createdAt,
        },
      },
    },
    select: { attempt: { select: { id: true } } },
  });
  // As grading does, in the same breath as the answer.
  await recordConceptOutcome(db, { userId, concept, correct: a.correct, answeredAt: createdAt });
  return question.attempt!.id;
}

afterAll(async () => {
  await db.practiceQuestion.deleteMany({ where: { userId: { in: userIds } } });
  await db.conceptRollup.deleteMany({ where: { userId: { in: userIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("queryDailyAnswers", () => {
  it("counts answers and correct answers per day in the learner's time zone, and only theirs", async () => {
    const [learner, other] = [await createLearner(), await createLearner()];
    await answer(learner, { at: "2026-06-30T10:00:00Z", correct: true });
    await answer(learner, { at: "2026-06-30T20:30:00Z", correct: false });
    await answer(learner, { at: "2026-07-01T01:00:00Z", correct: true });
    await answer(other, { at: "2026-06-30T12:00:00Z", correct: true });

    expect(await queryDailyAnswers(learner, "UTC", TODAY)).toEqual([
      { day: "2026-06-30", answers: 2, correct: 1 },
      { day: "2026-07-01", answers: 1, correct: 1 },
    ]);
    // 20:30 UTC is already 04:30 the next morning in Shanghai (UTC+8).
    expect(await queryDailyAnswers(learner, "Asia/Shanghai", TODAY)).toEqual([
      { day: "2026-06-30", answers: 1, correct: 1 },
      { day: "2026-07-01", answers: 2, correct: 1 },
    ]);
    // ...and 01:00 UTC is still the evening before in Los Angeles (UTC-7 in summer).
    expect(await queryDailyAnswers(learner, "America/Los_Angeles", TODAY)).toEqual([{ day: "2026-06-30", answers: 3, correct: 2 }]);
  });

  it("uses half-hour offsets and daylight saving, and leaves out answers after today", async () => {
    const learner = await createLearner();
    await answer(learner, { at: "2026-03-28T22:59:00Z", correct: true }); // 23:59 in Berlin (UTC+1)
    await answer(learner, { at: "2026-03-29T22:30:00Z", correct: true }); // 00:30 the next day in Berlin (UTC+2 by then)
    await answer(learner, { at: "2026-03-29T18:29:00Z", correct: false }); // 23:59 in Kolkata (UTC+5:30)
    await answer(learner, { at: "2026-07-03T12:00:00Z", correct: true }); // after TODAY
    expect(await queryDailyAnswers(learner, "Europe/Berlin", TODAY)).toEqual([
      { day: "2026-03-28", answers: 1, correct: 1 },
      { day: "2026-03-29", answers: 1, correct: 0 },
      { day: "2026-03-30", answers: 1, correct: 1 },
    ]);
    expect(await queryDailyAnswers(learner, "Asia/Kolkata", TODAY)).toEqual([
      { day: "2026-03-29", answers: 2, correct: 1 },
      { day: "2026-03-30", answers: 1, correct: 1 },
    ]);
  });

  it("returns nothing for a learner without answers", async () => {
    const learner = await createLearner();
    expect(await queryDailyAnswers(learner, "UTC", TODAY)).toEqual([]);
    expect(await queryHasAnswers(learner)).toBe(false);
    await answer(learner, { at: "2026-06-30T10:00:00Z", correct: false });
    expect(await queryHasAnswers(learner)).toBe(true);
  });
});

describe("queryRecentTemplateOutcomes", () => {
  it("returns each template's newest answers up to the window, only the learner's", async () => {
    const [learner, other] = [await createLearner(), await createLearner()];
    for (let k = 0; k < 5; k++) await answer(learner, { at: `2026-05-0${k + 1}T10:00:00Z`, correct: k % 2 === 0, templateId: "a" });
    await answer(learner, { at: "2026-05-09T10:00:00Z", correct: false, templateId: "b" });
    await answer(other, { at: "2026-05-10T10:00:00Z", correct: true, templateId: "a" });

    const outcomes = await queryRecentTemplateOutcomes(learner, ["a", "b", "never"], 3);
    const ofA = outcomes.filter((o) => o.templateId === "a").sort((x, y) => y.at - x.at);
    expect(ofA.map((o) => new Date(o.at).toISOString().slice(0, 10))).toEqual(["2026-05-05", "2026-05-04", "2026-05-03"]);
    expect(ofA.map((o) => o.correct)).toEqual([true, false, true]);
    expect(outcomes.filter((o) => o.templateId === "b")).toHaveLength(1);
    expect(outcomes.some((o) => o.templateId === "never")).toBe(false);
    expect(await queryRecentTemplateOutcomes(learner, [], 3)).toEqual([]);
  });
});

describe("queryRecentMistakes", () => {
  it("lists the learner's wrong answers, newest first, with the question's seed", async () => {
    const [learner, other] = [await createLearner(), await createLearner()];
    await answer(learner, { at: "2026-04-01T10:00:00Z", correct: false, seed: 11 });
    await answer(learner, { at: "2026-04-02T10:00:00Z", correct: true, seed: 12 });
    const newest = await answer(learner, { at: "2026-04-03T10:00:00Z", correct: false, seed: 13, difficulty: 2 });
    await answer(other, { at: "2026-04-04T10:00:00Z", correct: false, seed: 14 });

    const mistakes = await queryRecentMistakes(learner, 10);
    expect(mistakes.map((m) => m.seed)).toEqual([13, 11]);
    expect(mistakes[0]).toMatchObject({ id: newest, difficulty: 2, misconception: "other", response: { kind: "state", state: "LISTEN" } });
    expect(await queryRecentMistakes(learner, 1)).toHaveLength(1);
  });
});

describe("concept mastery (the one reader, which the page shows)", () => {
  it("equals the TypeScript model applied to the learner's answers, newest first", async () => {
    const learner = await createLearner();
    const outcomes = [true, true, false, true, false, false, true];
    for (const [k, correct] of outcomes.entries())
      await answer(learner, { at: `2026-03-1${k}T08:00:00Z`, correct, concept: "time-wait", templateId: "time-wait-who" });
    const rows = await getConceptMastery(learner);
    const timeWait = rows.find((r) => r.concept === "time-wait")!;
    expect(timeWait.attempts).toBe(7);
    expect(timeWait.correct).toBe(4);
    expect(timeWait.mastery).toBeCloseTo(masteryFromOutcomes([...outcomes].reverse()), 10);
    expect(rows.find((r) => r.concept === "resets")).toMatchObject({ attempts: 0, mastery: 0 });
  });

  it("counts assignment answers too: the learner and their teacher read one figure", async () => {
    const learner = await createLearner();
    await answer(learner, { at: "2026-03-10T08:00:00Z", correct: false, concept: "resets", templateId: "reset-in-state" });
    // An assignment answer reaches the rollup through the same upsert (answer-assignment-item.ts).
    await recordConceptOutcome(db, { userId: learner, concept: "resets", correct: true, answeredAt: new Date("2026-03-11T08:00:00Z") });
    const resets = (await getConceptMastery(learner)).find((r) => r.concept === "resets")!;
    expect(resets).toMatchObject({ attempts: 2, correct: 1, lastPracticedAt: new Date("2026-03-11T08:00:00Z") });
    expect(resets.mastery).toBeCloseTo(masteryFromOutcomes([true, false]), 10);
  });
});
