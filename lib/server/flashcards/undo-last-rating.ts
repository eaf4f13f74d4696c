import "server-only";
import { db, TRANSACTION_OPTIONS } from "../db";
import { AppError } from "../errors";
import { UNDO_WINDOW_MS } from "./card-state";
import { lockLearner } from "./lock";

/**
 * Takes back the learner's newest rating (within a day): the card's state is restored exactly as
 * the log recorded it before the rating (a card that was new loses its row and is new again), and
 * the log row is deleted, so the rating no longer counts anywhere. Pressed again, it undoes the
 * rating before. Returns the card and the seed it was shown with, to show it again.
 */
export async function undoLastRating(options: { userId: string; now?: Date }): Promise<{ cardId: string; seed: number | null }> {
  const { userId } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockLearner(tx, userId);
    const last = await tx.flashcardReview.findFirst({
      where: { userId, reviewedAt: { gte: new Date(now.getTime() - UNDO_WINDOW_MS) } },
      orderBy: [{ reviewedAt: "desc" }, { versionAfter: "desc" }],
    });
    if (!last) throw new AppError("NOT_FOUND", { messageKey: "flashcards.nothingToUndo" });
    const row = await tx.flashcardState.findUnique({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    // Every change of a card goes through a logged rating, so this holds unless the data was edited by hand.
    if (!row || row.version !== last.versionAfter) throw new AppError("CONFLICT", { messageKey: "flashcards.undoStale" });
    const version = row.version + 1;
    if (last.prevDue === null) {
      await tx.flashcardState.delete({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    } else {
      await tx.flashcardState.update({
        where: { userId_cardId: { userId, cardId: last.cardId } },
        data: {
          due: last.prevDue,
          stability: last.prevStability ?? 0,
          difficulty: last.prevDifficulty ?? 0,
          elapsedDays: last.prevElapsedDays ?? 0,
          scheduledDays: last.prevScheduledDays ?? 0,
          learningSteps: last.prevLearningSteps ?? 0,
          reps: last.prevReps ?? 0,
          lapses: last.prevLapses ?? 0,
          state: last.prevState ?? 0,
          lastReview: last.prevLastReview,
          // Forward, never back: a view of the card from before the undone rating stays stale.
          version,
        },
      });
      // The card's previous rating now describes its current state: keep "the newest rating of a
      // card names the card's version" true, so that it can be undone in turn.
      const previous = await tx.flashcardReview.findFirst({
        where: { userId, cardId: last.cardId, id: { not: last.id } },
        orderBy: [{ reviewedAt: "desc" }, { versionAfter: "desc" }],
        select: { id: true },
      });
      if (previous) await tx.flashcardReview.update({ where: { id: previous.id }, data: { versionAfter: version } });
    }
    await tx.flashcardReview.delete({ where: { id: last.id } });
    return { cardId: last.cardId, seed: last.seed };
  }, TRANSACTION_OPTIONS);
}
