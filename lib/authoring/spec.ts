/**
 * A teacher's question without code: a scenario, what is asked about its run, what varies per
 * student, the difficulty, the concept and (optionally) the prompt in both languages. The engine
 * computes every key, distractor, explanation and diagram from this (generate.ts).
 *
 * The scenario is the engine's own format (lib/tcp), so a run built in the simulator, a preset,
 * or a capture turned into steps (lib/capture, later) all become a spec the same way:
 * `specFromScenario(scenario)` in from-scenario.ts. Segment and step numbers are those of the
 * unvaried run (steps 0-based as in the trace, shown 1-based to people).
 *
 * Pure zod (plus the engine's scenario parser): shared by the editor in the browser, the server
 * actions and the bank's JSON import.
 */
import { z } from "zod";
import { CONCEPT_IDS } from "../questions/types";
import { parseScenario, type Scenario } from "../tcp/scenario";

export const ASK_KINDS = ["state", "segment", "state-order", "blanks", "lost-segment", "timer"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** Authored scenarios stay small: a question is about one exchange, and every preview runs it several times. */
export const MAX_SCENARIO_STEPS = 200;
export const MAX_BLANKS = 8;
export const MAX_CHOICES_PER_LIST = 6;
export const MAX_TITLE = 120;
export const MAX_PROMPT = 1000;

const side = z.enum(["A", "B"], { error: "side" });
const stepIndex = z
  .number({ error: "step" })
  .int({ error: "step" })
  .min(0, { error: "step" })
  .max(MAX_SCENARIO_STEPS - 1, { error: "step" });
const segmentId = z.number({ error: "segment" }).int({ error: "segment" }).min(1, { error: "segment" }).max(10_000, { error: "segment" });

const blankField = z.union([
  z.strictObject({ segment: segmentId, field: z.enum(["seq", "ack", "len"], { error: "blankField" }) }),
  z.strictObject({ step: stepIndex, side, field: z.literal("state", { error: "blankField" }) }),
]);

export const askSchema = z.discriminatedUnion(
  "kind",
  [
    /** The state of one side right after a step. */
    z.strictObject({ kind: z.literal("state"), side, step: stepIndex }),
    /** The flags, seq or ack of a segment. */
    z.strictObject({ kind: z.literal("segment"), segment: segmentId, field: z.enum(["flags", "seq", "ack"], { error: "segmentField" }) }),
    /** The states one side passes through, up to a step (null: the whole run). */
    z.strictObject({ kind: z.literal("state-order"), side, step: stepIndex.nullable() }),
    /** Blanks in the sequence diagram. */
    z.strictObject({
      kind: z.literal("blanks"),
      blanks: z.array(blankField, { error: "blanks" }).min(1, { error: "blanks" }).max(MAX_BLANKS, { error: "blanks" }),
    }),
    /** Which segment was lost (the run must lose one). */
    z.strictObject({ kind: z.literal("lost-segment") }),
    /** Seconds from the end of a step until one of a side's timers fires. */
    z.strictObject({ kind: z.literal("timer"), side, step: stepIndex, timer: z.enum(["retransmission", "time-wait"], { error: "timerKind" }) }),
  ],
  { error: "askKind" },
);
export type Ask = z.infer<typeof askSchema>;

const seconds = (max: number) => z.number({ error: "seconds" }).min(0.2, { error: "seconds" }).max(max, { error: "seconds" });

export const varySchema = z.strictObject({
  /** Each student's ISNs are drawn for the difficulty (small round numbers, any, or near 2^32). */
  isns: z.boolean({ error: "boolean" }),
  /** Half the students get the mirror image: A and B trade parts, so the client may be either. */
  swapSides: z.boolean({ error: "boolean" }),
  /** MSL in seconds, one drawn per student (empty: the scenario's). */
  msl: z.array(seconds(3600), { error: "list" }).max(MAX_CHOICES_PER_LIST, { error: "list" }),
  /** Initial RTO in seconds, one drawn per student (empty: the scenario's). */
  rto: z.array(seconds(60), { error: "list" }).max(MAX_CHOICES_PER_LIST, { error: "list" }),
  /** A step that delivers (or drops) one segment: half the students get it dropped, half delivered. */
  dropStep: stepIndex.nullable(),
});
export type Vary = z.infer<typeof varySchema>;

/** Markup is refused, not escaped away: a prompt is plain text in every system it goes to. */
const MARKUP = /<\s*\/?\s*[a-z!?]|&[a-z#0-9]+;/i;
const text = (max: number, key: string) =>
  z
    .string({ error: key })
    .trim()
    .max(max, { error: `${key}TooLong` })
    .refine((value) => !MARKUP.test(value), { error: "markup" });

const localized = (max: number, key: string) => z.strictObject({ en: text(max, key), zh: text(max, key) });

export const specSchema = z
  .strictObject({
    title: localized(MAX_TITLE, "title"),
    concept: z.enum(CONCEPT_IDS, { error: "concept" }),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "difficulty" }),
    scenario: z.unknown(),
    ask: askSchema,
    vary: varySchema,
    /** Both empty: the generated prompt. */
    prompt: localized(MAX_PROMPT, "prompt"),
  })
  .transform((spec, ctx) => {
    if (!spec.title.en || !spec.title.zh) ctx.addIssue({ code: "custom", path: ["title", spec.title.en ? "zh" : "en"], message: "titleRequired" });
    if (Boolean(spec.prompt.en) !== Boolean(spec.prompt.zh))
      ctx.addIssue({ code: "custom", path: ["prompt", spec.prompt.en ? "zh" : "en"], message: "promptBothLanguages" });
    const parsed = parseScenario(spec.scenario);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["scenario"], message: `scenario:${parsed.message}` });
      return z.NEVER;
    }
    if (parsed.scenario.steps.length === 0) ctx.addIssue({ code: "custom", path: ["scenario"], message: "scenarioEmpty" });
    if (parsed.scenario.steps.length > MAX_SCENARIO_STEPS) ctx.addIssue({ code: "custom", path: ["scenario"], message: "scenarioTooLong" });
    return { ...spec, scenario: parsed.scenario };
  });

export type QuestionSpecInput = z.input<typeof specSchema>;
export type QuestionSpec = Omit<z.output<typeof specSchema>, "scenario"> & { scenario: Scenario };
