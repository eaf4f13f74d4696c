// What the flashcard pages' browsers receive, and what the progress page reads. Types only (no
// "server-only"), so client components can import them.
import type { CardView, ConceptId, RatingName } from "@/lib/flashcards/types-public";

/** The card under review: both faces (the learner rates themselves), its state's version and seed. */
export interface ReviewCardDto {
  card: CardView;
  deckName: string;
  /** The version of the learner's state of this card; a rating names it so a stale one is refused. */
  version: number;
  seed: number;
  isNew: boolean;
  /** What each rating would give, formatted as on Anki's buttons ("10m", "3d"). */
  intervals: Record<RatingName, string>;
}

export interface ReviewSessionDto {
  card: ReviewCardDto | null;
  deck: ConceptId | null;
  ahead: boolean;
  /** In the session's deck(s): cards due now, and new cards still allowed today. */
  counts: { due: number; new: number };
  /** For the navigation badge: due now plus new allowed today, over all decks. */
  dueTotal: number;
  /** When nothing is left: when the next card of the deck(s) comes due (ISO), if any. */
  nextDueAt: string | null;
  /** Cards due within the study-ahead window, for the "study ahead" link. */
  aheadAvailable: number;
  canUndo: boolean;
  shortcutsEnabled: boolean;
  /** The learner's stored time zone (the browser sends its own with each action when it differs). */
  timeZone: string;
  /** When the server built this (ISO): "due in 3 hours" is counted from here, the same on server and client. */
  generatedAt: string;
}

export interface DeckSummaryDto {
  concept: ConceptId;
  name: string;
  summary: string;
  total: number;
  /** Never reviewed. */
  unseen: number;
  dueNow: number;
}

export interface RetentionFigure {
  days: number;
  reviews: number;
  /** Reviews not rated Again. */
  recalled: number;
  /** recalled / reviews, or null without reviews. */
  rate: number | null;
}

export interface ReviewStatsDto {
  totalCards: number;
  seenCards: number;
  dueNow: number;
  newAvailableToday: number;
  newCardsPerDay: number;
  /** Cards by FSRS state (new = never reviewed). */
  byState: { new: number; learning: number; review: number; relearning: number };
  retention: RetentionFigure[];
}

export interface DueForecastDto {
  timeZone: string;
  /** Due before today began (local midnight). */
  overdue: number;
  /** Today first; `date` is the local date "YYYY-MM-DD". */
  days: { date: string; due: number }[];
}
