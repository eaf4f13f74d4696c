// Input of the teaching feature (classes, assignments, answers), shared by the forms (client) and
// the actions (server). Imports nothing but zod. Error messages are "teach.key" references into
// lib/i18n/messages; concept and template ids are checked for shape here and for existence on the
// server (lib/questions).
import { z } from "zod";
import { noControlCharacters } from "./text";

export const SHOW_ANSWERS = ["IMMEDIATELY", "AFTER_DUE", "NEVER"] as const;
export const MAX_QUESTIONS = 30;
export const MAX_ATTEMPTS = 10;
/** The longest time limit per attempt, in minutes (a quiz in class: up to a school day). */
export const MAX_TIME_LIMIT_MINUTES = 480;

export const id = z.string({ error: "teach.invalidId" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "teach.invalidId" });
const slug = z.string({ error: "teach.invalidId" }).regex(/^[a-z0-9-]{1,60}$/, { error: "teach.invalidId" });
/** A form sends one value as a string and several as an array; none at all as nothing. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(50));
const wholeNumber = (min: number, max: number, error: string) => z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
/** Minutes per attempt, or null for no limit (an empty field). */
export const timeLimitMinutes = z.preprocess(
  (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
  wholeNumber(1, MAX_TIME_LIMIT_MINUTES, "manage.timeLimitRange").nullable(),
);

/**
 * A <input type="datetime-local"> value ("2026-03-01T09:30") read in the browser's time zone:
 * the form sends the browser's getTimezoneOffset() (minutes) next to it, since the server's own
 * zone says nothing about the teacher's.
 */
export function localDateTimeToDate(value: string, offsetMinutes: number): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) + offsetMinutes * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const offset = z.coerce
  .number()
  .int()
  .min(-14 * 60)
  .max(14 * 60)
  .catch(0);
export const localDateTime = z.string({ error: "teach.invalidDate" }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "teach.invalidDate" });

export const className = noControlCharacters("teach.classNameRequired")
  .trim()
  .min(1, { error: "teach.classNameRequired" })
  .max(80, { error: "teach.classNameTooLong" });

export const createClassSchema = z.object({ name: className });
export const classRefSchema = z.object({ classId: id });
export const removeStudentSchema = z.object({ classId: id, studentId: id });

export const joinClassSchema = z.object({
  code: noControlCharacters("teach.joinCodeRequired").trim().min(1, { error: "teach.joinCodeRequired" }).max(20, { error: "teach.joinCodeInvalid" }),
});

/** The dates a form accepts, as datetime-local values (also the inputs' min and max). */
export const EARLIEST_LOCAL_DATE = "2000-01-01T00:00";
export const LATEST_LOCAL_DATE = "2099-12-31T23:59";
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A well-formed datetime-local value outside EARLIEST..LATEST (the format makes text order date order). */
export const outOfRange = (value: unknown): boolean =>
  typeof value === "string" && LOCAL_DATE_TIME.test(value) && (value < EARLIEST_LOCAL_DATE || value > LATEST_LOCAL_DATE);

export const inRangeDate = (value: unknown, offset: unknown): Date | null => {
  if (typeof value !== "string" || !LOCAL_DATE_TIME.test(value) || outOfRange(value)) return null;
  const minutes = Number(offset);
  return localDateTimeToDate(value, Number.isInteger(minutes) && Math.abs(minutes) <= 14 * 60 ? minutes : 0);
};

const asList = (value: unknown): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

const assignmentFields = z.object({
  classId: id,
  title: noControlCharacters("teach.titleRequired").trim().min(1, { error: "teach.titleRequired" }).max(120, { error: "teach.titleTooLong" }),
  selection: z.enum(["concepts", "templates"], { error: "teach.pickContent" }),
  concepts: list(slug),
  templates: list(slug),
  questionCount: wholeNumber(1, MAX_QUESTIONS, "teach.questionCountRange"),
  difficulty: wholeNumber(1, 3, "teach.invalidDifficulty"),
  attemptsAllowed: wholeNumber(1, MAX_ATTEMPTS, "teach.attemptsRange"),
  showAnswers: z.enum(SHOW_ANSWERS, { error: "teach.invalidShowAnswers" }),
  timeLimitMinutes,
  opensAt: localDateTime,
  dueAt: localDateTime,
  tzOffset: offset,
});

/**
 * The checks across fields, run even when a field failed (`when`), so the form reports every
 * problem at once instead of one per submit. It reads the raw input, so it trusts no field's type.
 */
function checkAssignment(raw: z.output<typeof assignmentFields>, context: z.RefinementCtx): void {
  const input = raw as unknown as Record<string, unknown>;
  for (const field of ["opensAt", "dueAt"] as const) {
    if (outOfRange(input[field])) context.addIssue({ code: "custom", path: [field], message: "teach.dateOutOfRange" });
  }
  const opensAt = inRangeDate(input.opensAt, input.tzOffset);
  const dueAt = inRangeDate(input.dueAt, input.tzOffset);
  if (opensAt && dueAt && dueAt.getTime() <= opensAt.getTime()) context.addIssue({ code: "custom", path: ["dueAt"], message: "teach.dueBeforeOpen" });
  const selection = input.selection;
  if ((selection === "concepts" || selection === "templates") && asList(input[selection]).length === 0) {
    context.addIssue({ code: "custom", path: [selection], message: "teach.pickContent" });
  }
}

export const createAssignmentSchema = assignmentFields.superRefine(checkAssignment, { when: () => true }).transform((input) => ({
  classId: input.classId,
  title: input.title,
  selection: input.selection,
  concepts: input.concepts,
  templates: input.templates,
  questionCount: input.questionCount,
  difficulty: input.difficulty,
  attemptsAllowed: input.attemptsAllowed,
  showAnswers: input.showAnswers,
  timeLimitMinutes: input.timeLimitMinutes,
  // Both are in range and well formed: checkAssignment passed.
  opensAt: localDateTimeToDate(input.opensAt, input.tzOffset)!,
  dueAt: localDateTimeToDate(input.dueAt, input.tzOffset)!,
}));
export type CreateAssignmentInput = z.output<typeof createAssignmentSchema>;

export const extendDueSchema = z.object({ assignmentId: id, studentId: id, dueAt: localDateTime, tzOffset: offset }).transform((input, context) => {
  const dueAt = outOfRange(input.dueAt) ? null : localDateTimeToDate(input.dueAt, input.tzOffset);
  if (!dueAt) {
    context.addIssue({ code: "custom", path: ["dueAt"], message: outOfRange(input.dueAt) ? "teach.dateOutOfRange" : "teach.invalidDate" });
    return z.NEVER;
  }
  return { assignmentId: input.assignmentId, studentId: input.studentId, dueAt };
});
export const clearExtensionSchema = z.object({ assignmentId: id, studentId: id });

export const assignmentRefSchema = z.object({ assignmentId: id });
/** A whole number in [min, max]; anything else is "not an item of this assignment". */
const whole = (min: number, max: number) =>
  z
    .number({ error: "teach.invalidItem" })
    .int({ error: "teach.invalidItem" })
    .min(min, { error: "teach.invalidItem" })
    .max(max, { error: "teach.invalidItem" });
/** The index of an item of an assignment. */
const itemIndex = whole(0, MAX_QUESTIONS - 1);
/** "Show a hint" for one item of the attempt under way. */
export const itemHintSchema = z.strictObject({
  assignmentId: id,
  itemIndex,
});

/** The run's diagram of one item of a submitted attempt, for its review. */
export const reviewDiagramSchema = z.strictObject({
  assignmentId: id,
  attempt: whole(1, 1000),
  itemIndex,
});

export const answerItemSchema = z.object({
  assignmentId: id,
  itemIndex,
  response: z.unknown(),
});
