import "server-only";
import { canonicalTimeZone } from "@/lib/flashcards/time-zone";
import { db } from "../db";

export interface FlashcardSettingsDto {
  newCardsPerDay: number;
  shortcutsEnabled: boolean;
  timeZone: string;
}

export const DEFAULT_FLASHCARD_SETTINGS: FlashcardSettingsDto = { newCardsPerDay: 20, shortcutsEnabled: true, timeZone: "UTC" };

/** The learner's settings, or the defaults when they never changed any. */
export async function getFlashcardSettings(userId: string): Promise<FlashcardSettingsDto> {
  const row = await db.flashcardSettings.findUnique({ where: { userId }, select: { newCardsPerDay: true, shortcutsEnabled: true, timeZone: true } });
  return row ?? DEFAULT_FLASHCARD_SETTINGS;
}

export async function saveFlashcardSettings(userId: string, patch: Partial<FlashcardSettingsDto>): Promise<FlashcardSettingsDto> {
  const data = { ...patch, ...(patch.timeZone ? { timeZone: canonicalTimeZone(patch.timeZone) ?? "UTC" } : {}) };
  return db.flashcardSettings.upsert({
    where: { userId },
    create: { ...DEFAULT_FLASHCARD_SETTINGS, ...data, userId },
    update: data,
    select: { newCardsPerDay: true, shortcutsEnabled: true, timeZone: true },
  });
}

/** Stores the browser's time zone when it changed (every review action passes it along). */
export async function rememberTimeZone(userId: string, timeZone: string | undefined, current: FlashcardSettingsDto): Promise<FlashcardSettingsDto> {
  const zone = timeZone ? canonicalTimeZone(timeZone) : null;
  if (!zone || zone === current.timeZone) return current;
  return saveFlashcardSettings(userId, { timeZone: zone });
}
