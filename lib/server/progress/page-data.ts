// The progress page's data functions. Each one checks the session itself (requireUser: a guest is
// sent to sign in) and reads only the signed-in learner's rows: the loaders put that user's id in
// every where clause. One request shares the session lookup and the daily query (React cache).
import "server-only";
import { cache } from "react";
import { getLocale } from "../i18n";
import { requireUser } from "../session";
import { loadReviewDays } from "./flashcard-stats";
import { loadAccuracyTrend } from "./load-accuracy-trend";
import { loadActivityCalendar } from "./load-activity-calendar";
import { loadConceptMasteries } from "./load-concept-masteries";
import { loadFlashcardsDue } from "./load-flashcards-due";
import { loadMasteryMap } from "./load-mastery-map";
import { loadProgressOverview } from "./load-progress-overview";
import { loadRecentMistakes } from "./load-recent-mistakes";
import { queryHasAnswers } from "./queries";
import { getTimeZone } from "./time-zone";
import { viewerFor, type ProgressViewer } from "@/lib/progress/viewer";

/** The signed-in learner as a viewer. */
export const requireProgressViewer = cache(async (): Promise<ProgressViewer> => {
  const user = await requireUser();
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return viewerFor(user.id, locale, timeZone);
});

export const getProgressOverview = async () => loadProgressOverview(await requireProgressViewer());
export const getConceptMasteries = async () => loadConceptMasteries(await requireProgressViewer());
export const getMasteryMap = async () => loadMasteryMap(await requireProgressViewer());
export const getAccuracyTrend = async () => loadAccuracyTrend(await requireProgressViewer());
export const getActivityCalendar = async () => loadActivityCalendar(await requireProgressViewer());
export const getFlashcardsDue = async () => loadFlashcardsDue(await requireProgressViewer());
export const getRecentMistakes = async () => loadRecentMistakes(await requireProgressViewer());

/** False for a learner who has neither answered a question nor reviewed a card: the page then shows where to begin. */
export async function getHasActivity(): Promise<boolean> {
  const { userId, timeZone } = await requireProgressViewer();
  if (await queryHasAnswers(userId)) return true;
  const reviews = await loadReviewDays(userId, timeZone);
  return reviews.days.some((d) => d.reviews > 0);
}
