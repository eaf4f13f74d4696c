import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { RATING_NAMES, type RatingName } from "./types";

/**
 * Scheduling with FSRS (ts-fsrs): this module only converts between the stored review state and
 * ts-fsrs's Card, and names the ratings. It computes no interval itself.
 *
 * Parameters: the library's defaults (90 % requested retention, learning steps 1 m and 10 m,
 * relearning 10 m) with fuzz on, so cards learned together drift apart instead of coming due in
 * one lump. Fuzz is seeded by ts-fsrs from the review time and the card, so the same rating at the
 * same instant always gives the same due date: tests and the server agree.
 */
export const FSRS_PARAMETERS = generatorParameters({ enable_fuzz: true, enable_short_term: true });
export const scheduler = fsrs(FSRS_PARAMETERS);

export { Rating, State };
export type { Grade };

export { RATING_NAMES, type RatingName };

export const GRADE_OF: Readonly<Record<RatingName, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
export const NAME_OF_GRADE = (grade: Grade): RatingName => RATING_NAMES[grade - 1]!;

/** The FSRS fields of one learner's card, as stored (one row per learner and card). */
export interface CardSnapshot {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: State;
  lastReview: Date | null;
}

export const toFsrsCard = (s: CardSnapshot): Card => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  ...(s.lastReview ? { last_review: s.lastReview } : {}),
});

export const fromFsrsCard = (c: Card): CardSnapshot => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

/** A card never reviewed: what a learner has for every card without a stored state. */
export const newCardSnapshot = (now: Date): CardSnapshot => fromFsrsCard(createEmptyCard(now));

export interface RatingOutcome {
  next: CardSnapshot;
  /** ts-fsrs's review log: the card's memory state before the rating, and the rating. */
  log: ReviewLog;
}

export function rateCard(card: CardSnapshot, rating: RatingName, now: Date): RatingOutcome {
  const { card: next, log } = scheduler.next(toFsrsCard(card), now, GRADE_OF[rating]);
  return { next: fromFsrsCard(next), log };
}

/** When the card would next be due for each rating, as on Anki's buttons. */
export function previewRatings(card: CardSnapshot, now: Date): Record<RatingName, Date> {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}
