// Flashcard figures for the progress page, from the flashcards feature (lib/server/flashcards):
// reviews per day (calendar, streak) and the cards due on each of the next 7 days. Both are
// grouped by day in SQL in the same time zone as the rest of the page.
import "server-only";
import { cache } from "react";
import type { Day } from "@/lib/progress/dates";
import { getDueForecast } from "../flashcards/get-due-forecast";
import { getReviewsPerDay } from "../flashcards/get-review-stats";

export interface ReviewDays {
  days: { day: Day; reviews: number }[];
}

export const loadReviewDays = cache(async (userId: string, timeZone: string): Promise<ReviewDays> => {
  const rows = await getReviewsPerDay(userId, timeZone);
  return { days: rows.map((r) => ({ day: r.date, reviews: r.reviews })) };
});

export interface DueForecast {
  days: { day: Day; due: number }[];
  overdue: number;
}

export const DUE_FORECAST_DAYS = 7;

export const loadDueForecast = cache(async (userId: string, timeZone: string): Promise<DueForecast> => {
  const forecast = await getDueForecast({ userId, days: DUE_FORECAST_DAYS, timeZone });
  return { overdue: forecast.overdue, days: forecast.days.map((d) => ({ day: d.date, due: d.due })) };
});
