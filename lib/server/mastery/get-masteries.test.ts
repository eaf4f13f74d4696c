// Integration test: mastery read from the concept rollup that grading keeps, over real answers of
// practice and assignments, and the adaptive choice built on it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CONCEPT_IDS, listTemplates, templatesForConcept, type ConceptId } from "@/lib/questions";
import { db } from "../db";
import type { SessionUser } from "../session";
import { chooseNextQuestion } from "../practice/choose-next-question";
import {
  completeMastery,
  difficultyForMastery,
  masteryFromHistory,
  masteryFromOutcomes,
  MASTERY_WINDOW,
  pickWeakestConcept,
  practisableConcepts,
} from "@/lib/mastery/mastery";
import { nextPracticeQuestion } from "../practice/next-practice-question";
import { createTestUser } from "../practice/testing";
import { recordConceptOutcome } from "./concept-rollup";
import { getConceptMastery, getMasteries } from "./get-masteries";

const users: string[] = [];
let learner: SessionUser;

beforeEach(async () => {
  const user = await createTestUser(db, "mastery");
  users.push(user.id);
  learner = { ...user, role: "STUDENT", locale: "en" };
});

afterAll(async () => {
  await db.practiceQuestion.deleteMany({ where: { userId: { in: users } } });
  await db.conceptRollup.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

const start = Date.UTC(2026, 2, 1, 9);

/** Stores answers for a concept, oldest first, one minute apart (the attempts need a question row each). */
async function answer(userId: string, concept: ConceptId, outcomes: boolean[], offsetMinutes = 0) {
  const template = templatesForConcept(concept)[0]?.id ?? "some-template";
  for (const [i, correct] of outcomes.entries()) {
    const createdAt = new Date(start + (offsetMinutes + i) * 60_000);
    const question = await db.practiceQuestion.create({
      data: { userId, templateId: template, concept, seed: i, difficulty: 1, locale: "en", createdAt },
      select: { id: true },
    });
    await db.practiceAttempt.create({
      data: {
        questionId: question.id,
        userId,
        templateId: template,
        concept,
        difficulty: 1,
        response: {},
        correct,
        misconception: correct ? null : "other",
        timeTakenMs: 1000,
        createdAt,
      },
    });
    // As grading does, in the same breath as the answer.
    await recordConceptOutcome(db, { userId, concept, correct, answeredAt: createdAt });
  }
}

describe("mastery formula", () => {
  it("weighs recent answers more and reads one lucky answer as 0.5", () => {
    expect(masteryFromOutcomes([])).toBe(0);
    expect(masteryFromOutcomes([true])).toBeCloseTo(0.5);
    expect(masteryFromOutcomes([true, false])).toBeGreaterThan(masteryFromOutcomes([false, true]));
    expect(masteryFromOutcomes(Array(30).fill(true))).toBeGreaterThan(0.8);
  });

  it("maps mastery to difficulty at 0.4 and 0.75", () => {
    expect([0, 0.39, 0.4, 0.74, 0.75, 0.99].map(difficultyForMastery)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("picks the lowest mastery, then the least practised, then teaching order", () => {
    const rows = completeMastery([
      { concept: "handshake-states", attempts: 3, correct: 3, mastery: 0.7, lastPracticedAt: null },
      { concept: "time-wait", attempts: 2, correct: 0, mastery: 0.1, lastPracticedAt: null },
    ]);
    expect(pickWeakestConcept(rows, ["handshake-states", "time-wait"])?.concept).toBe("time-wait");
    // Unpractised concepts (0) come before a weak practised one.
    expect(pickWeakestConcept(rows, ["handshake-states", "time-wait", "resets"])?.concept).toBe("resets");
    expect(pickWeakestConcept(rows, [])).toBeNull();
  });
});

describe("getConceptMastery", () => {
  it("returns every concept, unpractised ones at 0", async () => {
    const rows = await getConceptMastery(learner.id);
    expect(rows.map((r) => r.concept)).toEqual([...CONCEPT_IDS]);
    expect(rows.every((r) => r.attempts === 0 && r.mastery === 0 && r.lastPracticedAt === null)).toBe(true);
  });

  it("computes in SQL the same recency-weighted accuracy as the TypeScript formula, over the last answers only", async () => {
    const history = Array.from({ length: MASTERY_WINDOW + 7 }, (_, i) => i % 3 !== 0 || i > 20);
    await answer(learner.id, "time-wait", history);
    await answer(learner.id, "resets", [false, false, true]);
    const rows = await getConceptMastery(learner.id);
    const timeWait = rows.find((r) => r.concept === "time-wait")!;
    expect(timeWait.attempts).toBe(history.length);
    expect(timeWait.correct).toBe(history.filter(Boolean).length);
    expect(timeWait.mastery).toBeCloseTo(masteryFromOutcomes(history.slice().reverse()), 10);
    expect(timeWait.lastPracticedAt).toEqual(new Date(start + (history.length - 1) * 60_000));
    const resets = rows.find((r) => r.concept === "resets")!;
    expect(resets.mastery).toBeCloseTo(masteryFromOutcomes([true, false, false]), 10);
    // The guests' version, from the same answers, agrees.
    const guest = masteryFromHistory(history.map((correct) => ({ concept: "time-wait", correct })));
    expect(guest.find((r) => r.concept === "time-wait")!.mastery).toBeCloseTo(timeWait.mastery, 10);
  });

  it("only counts the learner's own attempts", async () => {
    const other = await createTestUser(db, "other");
    users.push(other.id);
    await answer(other.id, "half-close", [true, true, true]);
    expect((await getConceptMastery(learner.id)).find((r) => r.concept === "half-close")!.attempts).toBe(0);
  });
});

describe("getMasteries", () => {
  it("reads several learners at once, each exactly as their own page reads them", async () => {
    const other = await createTestUser(db, "mastery-other");
    users.push(other.id);
    await answer(learner.id, "resets", [true, false, true]);
    await answer(other.id, "resets", [false, false]);
    const both = await getMasteries([learner.id, other.id, learner.id]);
    expect([...both.keys()].sort()).toEqual([learner.id, other.id].sort());
    expect(both.get(learner.id)).toEqual(await getConceptMastery(learner.id));
    expect(both.get(other.id)!.find((m) => m.concept === "resets")).toMatchObject({ attempts: 2, correct: 0, mastery: 0 });
    expect((await getMasteries([])).size).toBe(0);
  });
});

describe("adaptive choice", () => {
  it("asks about the weakest concept at the difficulty its mastery calls for", async () => {
    const concepts = practisableConcepts();
    expect(concepts.length).toBeGreaterThan(0);
    const weakest = concepts.at(-1)!;
    // Strong everywhere else, weak in one concept.
    for (const [i, concept] of concepts.entries()) {
      await answer(learner.id, concept, concept === weakest ? [true, false, false] : Array(8).fill(true), i * 100);
    }
    const dto = await nextPracticeQuestion({ user: learner, settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, locale: "en" });
    expect(dto.concept).toBe(weakest);
    expect(dto.difficulty).toBe(1);
    expect(templatesForConcept(weakest).map((t) => t.id)).toContain(dto.templateId);
    // The question is stored for the learner.
    const id = dto.ref.kind === "stored" ? dto.ref.id : "";
    expect(await db.practiceQuestion.count({ where: { id, userId: learner.id, concept: weakest } })).toBe(1);

    // Once the concept improves, the difficulty follows (mastery between 0.4 and 0.75 gives 2).
    await answer(learner.id, weakest, [true, true, true], 10_000);
    const mastery = await getConceptMastery(learner.id);
    const row = mastery.find((m) => m.concept === weakest)!;
    const choice = chooseNextQuestion({ settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, mastery });
    const expectedConcept = pickWeakestConcept(mastery, concepts)!.concept;
    expect(templatesForConcept(expectedConcept).map((t) => t.id)).toContain(choice?.templateId);
    expect(choice?.difficulty).toBe(difficultyForMastery(mastery.find((m) => m.concept === expectedConcept)!.mastery));
    expect(row.mastery).toBeGreaterThan(0.4);
  });

  it("keeps to the chosen concepts, honours a fixed difficulty, and avoids repeating the template", () => {
    const concept = practisableConcepts()[0]!;
    const templates = templatesForConcept(concept);
    const mastery = completeMastery([]);
    for (let i = 0; i < 20; i++) {
      const choice = chooseNextQuestion({
        settings: { mode: "concepts", concepts: [concept], difficulty: "3" },
        mastery,
        previousTemplateId: templates[0]!.id,
        randomBelow: (n) => i % n,
      });
      expect(templates.map((t) => t.id)).toContain(choice?.templateId);
      expect(choice?.difficulty).toBe(3);
      if (templates.length > 1) expect(choice?.templateId).not.toBe(templates[0]!.id);
    }
  });

  it("gives a fresh variant of the same template for 'another one like this', and nothing for concepts without questions", () => {
    const template = listTemplates()[0]!;
    expect(
      chooseNextQuestion({ settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, mastery: [], like: { templateId: template.id, difficulty: 2 } }),
    ).toEqual({
      templateId: template.id,
      difficulty: 2,
    });
    expect(
      chooseNextQuestion({
        settings: { mode: "adaptive", concepts: [], difficulty: "auto" },
        mastery: [],
        like: { templateId: "no-such-template", difficulty: 2 },
      }),
    ).toBeNull();
    expect(chooseNextQuestion({ settings: { mode: "concepts", concepts: ["not-a-concept"], difficulty: "auto" }, mastery: [] })).toBeNull();
  });

  it("adapts to a guest's answers in the session without storing anything", async () => {
    const concepts = practisableConcepts();
    const weakest = concepts[0]!;
    const history = concepts.flatMap((concept) => (concept === weakest ? [{ concept, correct: false }] : Array(6).fill({ concept, correct: true })));
    const dto = await nextPracticeQuestion({ user: null, settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, locale: "zh", history });
    expect(dto.ref.kind).toBe("guest");
    expect(dto.concept).toBe(weakest);
    expect(dto.difficulty).toBe(1);
    // Not stored: the browser holds a sealed token, not a row id.
    expect(dto.ref.kind === "guest" && dto.ref.token.startsWith("g1.")).toBe(true);
  });

  it("starts a new learner at the fundamentals and says why; after a pass, names it and moves on", async () => {
    const first = await nextPracticeQuestion({ user: learner, settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, locale: "en" });
    expect(first.concept).toBe("handshake-states");
    expect(first.reason).toMatch(/^Starting with the fundamentals: Three-way handshake: states\./);
    await answer(learner.id, "handshake-states", [true, true, true]);
    const second = await nextPracticeQuestion({ user: learner, settings: { mode: "adaptive", concepts: [], difficulty: "auto" }, locale: "zh" });
    expect(second.concept).toBe("handshake-numbers");
    expect(second.reason).toBe("你已通过“三次握手：状态变化”。学习路径的下一站：三次握手：序列号与确认号，当前掌握度 0%，达到 70% 后继续。");
    // The stored peak survives a miss: the rollup's bits give it back.
    await answer(learner.id, "handshake-states", [true, false], 10);
    const row = (await getConceptMastery(learner.id)).find((m) => m.concept === "handshake-states")!;
    expect(row.peak).toBeGreaterThanOrEqual(0.7);
    expect(row.mastery).toBeLessThan(0.7);
  });
});
