// Integration test: a learner's own rows (practice, flashcards, mastery) belong to their account
// through foreign keys: they cannot point at no one, and they go when the account is deleted.
// Real PostgreSQL of the vitest global setup.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";

afterAll(async () => {
  await db.$disconnect();
});

async function countOwned(userId: string) {
  const where = { userId };
  return {
    practiceQuestions: await db.practiceQuestion.count({ where }),
    practiceAttempts: await db.practiceAttempt.count({ where }),
    flashcardStates: await db.flashcardState.count({ where }),
    flashcardReviews: await db.flashcardReview.count({ where }),
    flashcardSettings: await db.flashcardSettings.count({ where }),
    conceptRollups: await db.conceptRollup.count({ where }),
  };
}

describe("a learner's practice and flashcard rows", () => {
  it("are deleted with the account", async () => {
    const user = await db.user.create({ data: { name: "Owner", email: `owner-${crypto.randomUUID()}@example.com` }, select: { id: true } });
    const userId = user.id;
    await db.practiceQuestion.create({
      data: {
        userId,
        templateId: "time-wait-who",
        concept: "time-wait",
        seed: 1,
        difficulty: 1,
        locale: "en",
        attempt: { create: { userId, templateId: "time-wait-who", concept: "time-wait", difficulty: 1, response: {}, correct: true, timeTakenMs: 1000 } },
      },
    });
    await db.flashcardState.create({
      data: {
        userId,
        cardId: "concept:why-2msl",
        due: new Date(),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 1,
      },
    });
    await db.flashcardSettings.create({ data: { userId } });
    await db.conceptRollup.create({ data: { userId, concept: "time-wait", attempts: 1, correct: 1, recentBits: 1, recentCount: 1 } });
    expect(Object.values(await countOwned(userId)).filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);

    await db.user.delete({ where: { id: userId } });
    expect(await countOwned(userId)).toEqual({
      practiceQuestions: 0,
      practiceAttempts: 0,
      flashcardStates: 0,
      flashcardReviews: 0,
      flashcardSettings: 0,
      conceptRollups: 0,
    });
  });

  it("cannot belong to no one", async () => {
    await expect(
      db.practiceQuestion.create({ data: { userId: "no-such-user", templateId: "time-wait-who", concept: "time-wait", seed: 1, difficulty: 1, locale: "en" } }),
    ).rejects.toThrow();
    await expect(
      db.conceptRollup.create({ data: { userId: "no-such-user", concept: "time-wait", attempts: 1, correct: 1, recentBits: 1, recentCount: 1 } }),
    ).rejects.toThrow();
  });
});
