// Input of the teacher's management actions (edit, open and close an assignment; rename, archive
// and delete a class; invite a roster). Shared by the forms and the actions; imports only zod and
// the teaching schemas. Messages are "manage.key" or "teach.key" references.
import { z } from "zod";
import { className, id, inRangeDate, localDateTime, MAX_ATTEMPTS, MAX_TIME_LIMIT_MINUTES, offset, outOfRange, SHOW_ANSWERS } from "./teach";
import { noControlCharacters } from "./text";

/** The most text a pasted or uploaded roster may have (about 1,000 addresses). */
export const MAX_ROSTER_CHARACTERS = 60_000;
export const MAX_ROSTER_EMAILS = 500;

const whole = (min: number, max: number, error: string) => z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
/** A field the form leaves out when it is locked: absent means "unchanged". */
const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === null ? undefined : value), schema.optional());

export const editAssignmentSchema = z
  .object({
    assignmentId: id,
    title: noControlCharacters("teach.titleRequired").trim().min(1, { error: "teach.titleRequired" }).max(120, { error: "teach.titleTooLong" }),
    attemptsAllowed: whole(1, MAX_ATTEMPTS, "teach.attemptsRange"),
    showAnswers: z.enum(SHOW_ANSWERS, { error: "teach.invalidShowAnswers" }),
    dueAt: localDateTime,
    tzOffset: offset,
    // Only while no student has started (the form leaves them out once someone has):
    opensAt: optionalField(localDateTime),
    difficulty: optionalField(whole(1, 3, "teach.invalidDifficulty")),
    /** "" clears the limit. */
    timeLimitMinutes: z.preprocess(
      (value) => (value === undefined ? undefined : value === null || (typeof value === "string" && value.trim() === "") ? null : value),
      whole(1, MAX_TIME_LIMIT_MINUTES, "manage.timeLimitRange").nullable().optional(),
    ),
  })
  .superRefine(
    (raw, context) => {
      const input = raw as unknown as Record<string, unknown>;
      for (const field of ["opensAt", "dueAt"] as const) {
        if (outOfRange(input[field])) context.addIssue({ code: "custom", path: [field], message: "teach.dateOutOfRange" });
      }
      const opensAt = inRangeDate(input.opensAt, input.tzOffset);
      const dueAt = inRangeDate(input.dueAt, input.tzOffset);
      if (opensAt && dueAt && dueAt.getTime() <= opensAt.getTime()) context.addIssue({ code: "custom", path: ["dueAt"], message: "teach.dueBeforeOpen" });
    },
    { when: () => true },
  )
  .transform((input) => ({
    assignmentId: input.assignmentId,
    title: input.title,
    attemptsAllowed: input.attemptsAllowed,
    showAnswers: input.showAnswers,
    // In range and well formed: the refinement passed.
    dueAt: inRangeDate(input.dueAt, input.tzOffset)!,
    opensAt: input.opensAt === undefined ? undefined : inRangeDate(input.opensAt, input.tzOffset)!,
    difficulty: input.difficulty,
    timeLimitMinutes: input.timeLimitMinutes,
  }));
export type EditAssignmentInput = z.output<typeof editAssignmentSchema>;

export const renameClassSchema = z.object({ classId: id, name: className });
export const inviteRosterSchema = z.object({
  classId: id,
  text: z.string({ error: "manage.inviteEmpty" }).max(MAX_ROSTER_CHARACTERS, { error: "manage.inviteTooLong" }),
});
