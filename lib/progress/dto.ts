// What the progress page's browser receives: plain data, never a database row. Types only.
import type { ConceptId, Difficulty } from "../questions";
import type { Calendar } from "./calendar";
import type { Day } from "./dates";
import type { Streaks } from "./streak";
import type { WeekAccuracy } from "./accuracy";

export interface ProgressOverviewDto {
  timeZone: string;
  today: Day;
  answers: number;
  correct: number;
  activeDays: number;
  streaks: Streaks;
}

export interface ConceptMasteryDto {
  concept: ConceptId;
  name: string;
  summary: string;
  /** 0..1, the same figure adaptive practice uses. */
  mastery: number;
  attempts: number;
  correct: number;
  lastPracticedAt: string | null;
}

export interface MasteryMapDto {
  /** Mastery by edgeKey(from, to); null for an edge that no answered question exercises. */
  edgeScores: Record<string, number | null>;
  /** How many answers each scored edge's figure comes from (at most the model's window). */
  edgeAnswers: Record<string, number>;
}

export interface AccuracyTrendDto {
  weeks: WeekAccuracy[];
}

export interface ActivityCalendarDto {
  calendar: Calendar;
}

export interface FlashcardsDueDto {
  days: { day: Day; due: number }[];
  total: number;
  overdue: number;
}

export interface RecentMistakeDto {
  id: string;
  answeredAt: string;
  concept: ConceptId;
  conceptName: string;
  templateTitle: string;
  difficulty: Difficulty;
  prompt: string;
  yourAnswer: string | null;
  expected: string;
  misconception: string | null;
  similarHref: string;
  replayHref: string;
}
