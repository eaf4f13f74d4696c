import "server-only";
import { cardEntry } from "@/lib/flashcards/decks";
import { GRADE_OF, newCardSnapshot, rateCard, State, type RatingName } from "@/lib/flashcards/scheduler";
import { db, TRANSACTION_OPTIONS } from "../db";
import { AppError } from "../errors";
import { columnsOf, snapshotOf } from "./card-state";
import { countNewCardsToday } from "./get-review-session";
import { lockLearner } from "./lock";
import { getFlashcardSettings } from "./settings";

export interface RateFlashcardInput {
  userId: string;
  cardId: string;
  rating: RatingName;
  /** The version of the card's state the learner saw (0 for a new card). */
  version: number;
  seed: number;
  now?: Date;
}

export interface RateFlashcardResult {
  due: Date;
  state: State;
  version: number;
}

/**
 * Rates one card for one learner with FSRS and logs the rating, in one transaction under the
 * learner's lock. A rating made from a stale view (the card was rated or undone since) is refused
 * with CONFLICT, so two ratings of the same card sent at once count once. A new card beyond
 * today's limit is refused too.
 */
export async function rateFlashcard(input: RateFlashcardInput): Promise<RateFlashcardResult> {
  const { userId, cardId, rating, version } = input;
  const now = input.now ?? new Date();
  const entry = cardEntry(cardId);
  if (!entry) throw new AppError("NOT_FOUND", { messageKey: "flashcards.unknownCard" });
  const settings = await getFlashcardSettings(userId);

  return db.$transaction(async (tx) => {
    await lockLearner(tx, userId);
    const row = await tx.flashcardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
    if ((row?.version ?? 0) !== version) throw new AppError("CONFLICT", { messageKey: "flashcards.alreadyRated" });
    if (!row && (await countNewCardsToday(userId, settings, now)) >= settings.newCardsPerDay) {
      throw new AppError("CONFLICT", { messageKey: "flashcards.newLimitReached" });
    }
    const before = row ? snapshotOf(row) : newCardSnapshot(now);
    const { next, log } = rateCard(before, rating, now);
    const versionAfter = version + 1;
    if (row) {
      const updated = await tx.flashcardState.updateMany({ where: { userId, cardId, version }, data: { ...columnsOf(next), version: versionAfter } });
      if (updated.count !== 1) throw new AppError("CONFLICT", { messageKey: "flashcards.alreadyRated" });
    } else {
      await tx.flashcardState.create({ data: { userId, cardId, ...columnsOf(next), version: versionAfter } });
    }
    await tx.flashcardReview.create({
      data: {
        userId,
        cardId,
        rating: GRADE_OF[rating],
        reviewedAt: now,
        seed: entry.kind === "engine" ? input.seed : null,
        logState: log.state,
        logDue: log.due,
        logStability: log.stability,
        logDifficulty: log.difficulty,
        logElapsedDays: log.elapsed_days,
        logLastElapsedDays: log.last_elapsed_days,
        logScheduledDays: log.scheduled_days,
        logLearningSteps: log.learning_steps,
        ...(row
          ? {
              prevDue: row.due,
              prevStability: row.stability,
              prevDifficulty: row.difficulty,
              prevElapsedDays: row.elapsedDays,
              prevScheduledDays: row.scheduledDays,
              prevLearningSteps: row.learningSteps,
              prevReps: row.reps,
              prevLapses: row.lapses,
              prevState: row.state,
              prevLastReview: row.lastReview,
            }
          : {}),
        nextDue: next.due,
        nextState: next.state,
        versionAfter,
      },
    });
    return { due: next.due, state: next.state, version: versionAfter };
  }, TRANSACTION_OPTIONS);
}
