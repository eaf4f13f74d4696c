/** The flashcards messages the home's client components (settings-form.tsx, deck-rows.tsx) use. */
export const FLASHCARDS_HOME_KEYS = [
  "deckCounts",
  "newPerDayHint",
  "newPerDayLabel",
  "saveSettings",
  "saving",
  "settingsSaved",
  "settingsTitle",
  "shortcutsHint",
  "shortcutsLabel",
  "studyDeck",
  "studyDeckNamed",
] as const;
