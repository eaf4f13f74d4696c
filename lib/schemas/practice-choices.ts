// The practice settings' choices and URL, without zod: the practice page's client components
// import this file, and importing lib/schemas/practice.ts instead would ship zod (about 31 kB gzip)
// to the browser with them (its schemas are built when the module loads, so no bundler can drop
// them). lib/schemas/practice.ts builds its schemas from these constants and re-exports them.

export const PRACTICE_MODES = ["adaptive", "concepts"] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

export const DIFFICULTY_CHOICES = ["auto", "1", "2", "3"] as const;
export type DifficultyChoice = (typeof DIFFICULTY_CHOICES)[number];

/** The settings a practice URL carries (lib/schemas/practice.ts's PracticeSettings fits it). */
export interface PracticeUrlSettings {
  mode: PracticeMode;
  concepts: readonly string[];
  difficulty: DifficultyChoice;
}

/** The query string of a practice run (the inverse of readPracticeSearchParams). */
export function practiceSearch(settings: PracticeUrlSettings, question?: { questionId?: string; guestToken?: string }): string {
  const query = new URLSearchParams({ mode: settings.mode });
  if (settings.mode === "concepts") query.set("c", settings.concepts.join(","));
  if (settings.difficulty !== "auto") query.set("d", settings.difficulty);
  if (question?.questionId) query.set("q", question.questionId);
  if (question?.guestToken) query.set("g", question.guestToken);
  return `?${query.toString()}`;
}
