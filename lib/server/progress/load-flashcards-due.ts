import "server-only";
import type { FlashcardsDueDto } from "@/lib/progress/dto";
import { loadDueForecast } from "./flashcard-stats";
import type { ProgressViewer } from "@/lib/progress/viewer";

/** Flashcards due on each of the next 7 days (today first), and those overdue. */
export async function loadFlashcardsDue({ userId, timeZone }: ProgressViewer): Promise<FlashcardsDueDto> {
  const forecast = await loadDueForecast(userId, timeZone);
  return { days: forecast.days, overdue: forecast.overdue, total: forecast.overdue + forecast.days.reduce((n, d) => n + d.due, 0) };
}
