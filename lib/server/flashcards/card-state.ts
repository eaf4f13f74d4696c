import "server-only";
import type { CardSnapshot } from "@/lib/flashcards/scheduler";
import type { FlashcardState } from "@/lib/generated/prisma/client";

/** The FSRS fields of a stored row. */
export const snapshotOf = (row: FlashcardState): CardSnapshot => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  elapsedDays: row.elapsedDays,
  scheduledDays: row.scheduledDays,
  learningSteps: row.learningSteps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  lastReview: row.lastReview,
});

/** A snapshot as the row's columns. */
export const columnsOf = (s: CardSnapshot) => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsedDays: s.elapsedDays,
  scheduledDays: s.scheduledDays,
  learningSteps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  lastReview: s.lastReview,
});

/** Learning cards rated Again or Hard come back within minutes; they may be shown this early. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** "Study ahead" reviews cards due within this window early. */
export const STUDY_AHEAD_MS = 7 * 24 * 60 * 60_000;
/** Undo reaches ratings made within this window. */
export const UNDO_WINDOW_MS = 24 * 60 * 60_000;
