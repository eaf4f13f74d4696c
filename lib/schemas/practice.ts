// Practice-mode input, shared by the practice page (client) and its action and route handler
// (server). Error messages are "namespace.key" references into lib/i18n/messages. Concept and
// template ids are checked for shape here and for existence on the server (lib/questions).
// Client components import the choices and the URL from ./practice-choices (no zod there).
import { z } from "zod";
import { DIFFICULTY_CHOICES, PRACTICE_MODES } from "./practice-choices";

export { DIFFICULTY_CHOICES, PRACTICE_MODES, practiceSearch, type DifficultyChoice, type PracticeMode } from "./practice-choices";

const slug = z.string({ error: "practice.invalidId" }).regex(/^[a-z0-9-]{1,60}$/, { error: "practice.invalidId" });
const difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "practice.invalidDifficulty" });

/** What the learner chose on the setup screen. */
export const practiceSettingsSchema = z
  .strictObject({
    mode: z.enum(PRACTICE_MODES, { error: "practice.invalidMode" }),
    concepts: z.array(slug, { error: "practice.pickConcept" }).max(20, { error: "practice.pickConcept" }).default([]),
    difficulty: z.enum(DIFFICULTY_CHOICES, { error: "practice.invalidDifficulty" }).default("auto"),
  })
  .refine((settings) => settings.mode === "adaptive" || settings.concepts.length > 0, {
    error: "practice.pickConcept",
    path: ["concepts"],
  });
export type PracticeSettings = z.output<typeof practiceSettingsSchema>;

/** A guest's answers so far in this session (nothing is stored for guests; used only to adapt). */
export const guestOutcomeSchema = z.strictObject({ concept: slug, correct: z.boolean() });
export const GUEST_HISTORY_MAX = 50;

/** "Next question" and "another one like this". */
export const nextQuestionSchema = z.strictObject({
  settings: practiceSettingsSchema,
  /** A fresh variant (new seed) of this template at this difficulty. */
  like: z.strictObject({ templateId: slug, difficulty }).optional(),
  /** The template just answered, so that the next question is a different one where possible. */
  previousTemplateId: slug.optional(),
  history: z.array(guestOutcomeSchema).max(GUEST_HISTORY_MAX, { error: "practice.historyTooLong" }).default([]),
});
export type NextQuestionInput = z.input<typeof nextQuestionSchema>;

/**
 * The body of POST /api/practice/answer: a stored question's id (signed-in learners) or a guest
 * question's sealed token, and the response. The response itself is parsed against the question
 * (lib/questions parseResponse) once the server has regenerated it.
 */
export const answerRequestSchema = z
  .strictObject({
    questionId: z
      .string({ error: "practice.invalidId" })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "practice.invalidId" })
      .optional(),
    token: z
      .string({ error: "practice.invalidToken" })
      .regex(/^[A-Za-z0-9_.-]{1,2000}$/, { error: "practice.invalidToken" })
      .optional(),
    response: z.unknown(),
  })
  .refine((body) => (body.questionId === undefined) !== (body.token === undefined), {
    error: "practice.questionOrToken",
    path: ["questionId"],
  })
  .refine((body) => body.response !== undefined, { error: "practice.responseMissing", path: ["response"] });
export type AnswerRequest = z.output<typeof answerRequestSchema>;

/** A hint before answering (lib/server/practice/actions.ts): a stored question's id, or a guest question's token. */
export const hintRequestSchema = z
  .strictObject({
    questionId: z
      .string({ error: "practice.invalidId" })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "practice.invalidId" })
      .optional(),
    token: z
      .string({ error: "practice.invalidToken" })
      .regex(/^[A-Za-z0-9_.-]{1,2000}$/, { error: "practice.invalidToken" })
      .optional(),
  })
  .refine((body) => (body.questionId === undefined) !== (body.token === undefined), { error: "practice.questionOrToken", path: ["questionId"] });

type SearchParams = Record<string, string | string[] | undefined>;
const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * The practice page's URL: /practice?mode=adaptive or /practice?mode=concepts&c=a,b, with d=1..3
 * to fix the difficulty; q=<question id> (signed in) or g=<sealed token> (guest) shows the same
 * question again after a reload or a change of language. Null settings mean "show the setup
 * screen"; `invalid` says the URL asked for a run but its settings did not parse.
 */
export function readPracticeSearchParams(params: SearchParams): {
  settings: PracticeSettings | null;
  invalid: boolean;
  questionId: string | null;
  guestToken: string | null;
  /** t=: a template to start with ("try a similar question"); checked against the catalogue by the page. */
  likeTemplate: string | null;
} {
  const templateText = first(params.t);
  const likeTemplate = templateText && /^[a-z0-9-]{1,80}$/.test(templateText) ? templateText : null;
  const questionText = first(params.q);
  const questionId = questionText && /^[A-Za-z0-9_-]{1,64}$/.test(questionText) ? questionText : null;
  const tokenText = first(params.g);
  const guestToken = tokenText && /^[A-Za-z0-9_.-]{1,2000}$/.test(tokenText) ? tokenText : null;
  const mode = first(params.mode);
  if (mode === undefined) return { settings: null, invalid: false, questionId, guestToken, likeTemplate };
  const parsed = practiceSettingsSchema.safeParse({ mode, concepts: list(params.c), difficulty: first(params.d) ?? "auto" });
  return { settings: parsed.success ? parsed.data : null, invalid: !parsed.success, questionId, guestToken, likeTemplate };
}
