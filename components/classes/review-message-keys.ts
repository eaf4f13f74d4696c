import { DIAGRAM_LABEL_KEYS } from "@/components/practice/diagram-labels";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The practice messages an assignment's review uses (the verdict panel and the run it draws): the
 * page sends these with the review, and the whole practice namespace only with the runner of an
 * attempt under way (issue 12: 9 kB on every assignment page, opened by a whole class at once).
 * review-message-keys.test.ts holds the list to what the components look up.
 */
export const REVIEW_PRACTICE_KEYS: readonly (keyof Messages["practice"])[] = [
  "correctTitle",
  "durationMinutes",
  "durationSeconds",
  "expectedAnswer",
  "explanationDiagramFailed",
  "explanationDiagramLoading",
  "explanationDiagramShow",
  "explanationDiagramTitle",
  "guestNotSaved",
  "guestSignUp",
  "misconceptionHeading",
  "noFlagsAnswer",
  "readLesson",
  "replay",
  "rfcSection",
  "ruleHeading",
  "savedNote",
  "timeTaken",
  "wrongTitle",
  "yourAnswer",
  ...DIAGRAM_LABEL_KEYS,
];
