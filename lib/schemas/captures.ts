import { z } from "zod";

/** The largest capture a learner may save to their account: 1 MiB (analysing has its own, larger limit). */
export const MAX_SAVED_CAPTURE_BYTES = 1024 * 1024;
/** How many captures one learner may keep. */
export const MAX_SAVED_CAPTURES = 50;

const base64 = z
  .string({ error: "errors.invalidValue" })
  .max(Math.ceil(MAX_SAVED_CAPTURE_BYTES / 3) * 4 + 4, { error: "captures.tooBigToSave" })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "errors.invalidValue" });

export const saveCaptureSchema = z.object({
  name: z.string({ error: "errors.invalidValue" }).trim().min(1, { error: "errors.invalidValue" }).max(120, { error: "errors.invalidValue" }),
  data: base64,
});

export const captureIdSchema = z.object({ id: z.string().min(1).max(40) });

export const captureQuestionSchema = z.object({
  id: z.string().min(1).max(40),
  connection: z.number().int().min(0).max(1_000_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

export const captureAnswerSchema = captureQuestionSchema.extend({
  answer: z.string().trim().min(1, { error: "errors.invalidValue" }).max(40, { error: "errors.invalidValue" }),
});

const recordId = z.string({ error: "teach.invalidId" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "teach.invalidId" });
export const MAX_CAPTURE_TASK = 1000;

/** The capture an assignment asks for, in the teacher's words; empty: it asks for none. */
export const captureTaskSchema = z.object({
  assignmentId: recordId,
  task: z
    .string({ error: "errors.invalidValue" })
    // Lines and tabs are the teacher's layout; other control characters are refused (lib/schemas/text.ts says why).
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value), { error: "errors.controlCharacters", abort: true })
    .trim()
    .max(MAX_CAPTURE_TASK, { error: "captures.taskTooLong" })
    .transform((task) => task || null),
});

export const handInCaptureSchema = z.object({ assignmentId: recordId, captureId: recordId });
