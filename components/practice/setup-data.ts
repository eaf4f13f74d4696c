// What the practice setup screen is given (issue 12: the page's props and messages reach the
// browser in React's payload, so they carry only what the screen shows). Not a client module:
// the page, a Server Component, reads these values.
import type { Messages } from "@/lib/i18n/messages";

/**
 * One concept of the setup screen: id, name, summary, whether it has question templates yet, and
 * the signed-in learner's standing (mastery in percent, answers, right answers; null for guests).
 */
export type SetupConceptRow = [
  id: string,
  name: string,
  summary: string,
  available: boolean,
  mastery: [percent: number, attempts: number, correct: number] | null,
];

/** The practice messages the setup screen uses; the runner gets the whole namespace. */
export const SETUP_MESSAGE_KEYS = [
  "setupHeading",
  "modeLegend",
  "modeAdaptive",
  "modeAdaptiveBody",
  "modeAdaptiveGuestBody",
  "modeConcepts",
  "modeConceptsBody",
  "conceptsLegend",
  "conceptsHint",
  "selectAll",
  "selectNone",
  "conceptUnavailable",
  "notPractised",
  "masteryPercent",
  "masteryCounts",
  "masteryLabel",
  "readLesson",
  "readLessonAbout",
  "difficultyLegend",
  "difficultyAuto",
  "difficulty1",
  "difficulty2",
  "difficulty3",
  "pickConcept",
  "start",
] as const satisfies readonly (keyof Messages["practice"])[];
