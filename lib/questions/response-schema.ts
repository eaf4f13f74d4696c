import { z } from "zod";
import { hasAllowedDecimals, inRange } from "./number-range";
import type { Question, QuestionResponse } from "./types";

export { hasAllowedDecimals, inRange };

/**
 * Validation of a learner's answer, before any grading. Imports nothing at run time but zod, so
 * the client form and the server action share it. A malformed answer is rejected with a message
 * and never graded (the server answers 400 and does not count an attempt).
 */

// Restated rather than imported so this file stays zod-only; response-schema.test.ts checks they match the engine's.
export const STATE_NAMES = [
  "CLOSED",
  "LISTEN",
  "SYN-SENT",
  "SYN-RECEIVED",
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
] as const;
export const FLAG_NAMES = ["ACK", "FIN", "RST", "SYN"] as const;

const state = z.enum(STATE_NAMES, { error: `must be a TCP state: ${STATE_NAMES.join(", ")}` });
const flag = z.enum(FLAG_NAMES, { error: `each flag must be one of ${FLAG_NAMES.join(", ")}` });
const finite = z.number({ error: "must be a number" }).finite({ error: "must be a finite number" });

export const responseSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("state"), state }),
    z.strictObject({ kind: z.literal("flags"), flags: z.array(flag, { error: "must be a list of flags" }).max(4, { error: "has at most four flags" }) }),
    z.strictObject({ kind: z.literal("number"), value: finite }),
    z.strictObject({
      kind: z.literal("state-order"),
      states: z
        .array(state, { error: "must be a list of states" })
        .min(1, { error: "must name at least one state" })
        .max(12, { error: "has at most 12 states" }),
    }),
    z.strictObject({
      kind: z.literal("diagram-blanks"),
      values: z
        .array(z.union([finite, z.string().trim().max(20, { error: "is too long" })], { error: "must be a number or a state" }), {
          error: "must be a list of values",
        })
        .max(12, { error: "has at most 12 blanks" }),
    }),
    z.strictObject({
      kind: z.literal("choice"),
      choice: z.string({ error: "must be a choice id" }).min(1, { error: "must not be empty" }).max(20, { error: "is too long" }),
    }),
  ],
  { error: 'must have a "kind" of state, flags, number, state-order, diagram-blanks or choice' },
);

export type ParseResponseResult = { ok: true; response: QuestionResponse } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const fail = (field: string, message: string): ParseResponseResult => ({ ok: false, message: `${field}: ${message}`, fieldErrors: { [field]: [message] } });

/** Validates untrusted input as an answer to this question (its kind, its options, its number of blanks). */
export function parseResponse(question: Pick<Question, "kind" | "input">, raw: unknown): ParseResponseResult {
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || "response";
      (fieldErrors[field] ??= []).push(issue.message);
    }
    const message = Object.entries(fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
      .join("; ");
    return { ok: false, message, fieldErrors };
  }
  const response = parsed.data as QuestionResponse;
  if (response.kind !== question.kind) return fail("kind", `must be "${question.kind}" for this question`);
  const input = question.input.en;
  if (response.kind === "flags" && new Set(response.flags).size !== response.flags.length) return fail("flags", "names a flag twice");
  if (response.kind === "number" && input.kind === "number" && !inRange(response.value, input.range))
    return fail("value", `must be a number from ${input.range.min} to ${input.range.max}`);
  if (response.kind === "diagram-blanks" && input.kind === "diagram-blanks") {
    if (response.values.length !== input.blanks.length) return fail("values", `must give exactly ${input.blanks.length} values, one per blank`);
    for (const [index, blank] of input.blanks.entries()) {
      const value = response.values[index];
      if (blank.input === "number" && typeof value !== "number") return fail(`values.${index}`, `blank (${blank.number}) must be a number`);
      if (blank.input === "number" && !inRange(value as number, blank.range))
        return fail(`values.${index}`, `blank (${blank.number}) must be a whole number from ${blank.range?.min} to ${blank.range?.max}`);
      if (blank.input === "state" && !(STATE_NAMES as readonly unknown[]).includes(value))
        return fail(`values.${index}`, `blank (${blank.number}) must be a TCP state`);
    }
  }
  if (response.kind === "choice" && input.kind === "choice" && !input.options.some((o) => o.id === response.choice))
    return fail("choice", "is not one of this question's options");
  return { ok: true, response };
}
