import { z } from "zod";
import { FLAGS, type Flag, type Side } from "./types";

/**
 * The scenario format, the engine's input contract (docs/scenarios.md). Parsing is strict: an
 * unknown field is an error, so a typo never silently changes a scenario.
 */

const uint32 = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number" })
  .min(0, { error: "must be at least 0" })
  .max(2 ** 32 - 1, { error: "must be at most 4294967295" });
const side = z.enum(["A", "B"], { error: 'must be "A" or "B"' });
const segmentId = z.number({ error: "must be a segment number" }).int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" });
/** Whole microseconds at most: the engine keeps time exactly as an integer count of µs. */
const hasAtMostSixDecimals = (x: number): boolean => Math.round(x * 1_000_000) / 1_000_000 === x;
const seconds = z
  .number({ error: "must be a number of seconds" })
  .positive({ error: "must be more than 0" })
  .max(1e7, { error: "must be at most 10000000" })
  .refine(hasAtMostSixDecimals, { error: "must have at most 6 decimals (whole microseconds)" });

export const MAX_STEPS = 10_000;

/** A client's port: names one of several connections (the listener extension, docs/scenarios.md). */
const port = z
  .number({ error: "must be a port number" })
  .int({ error: "must be a whole number" })
  .min(1, { error: "must be at least 1" })
  .max(65535, { error: "must be at most 65535" });

const callStep = z.strictObject({
  call: z.enum(["listen", "connect", "send", "close", "abort"], {
    error: 'must be one of "listen", "connect", "send", "close", "abort"',
  }),
  on: side,
  bytes: z
    .number({ error: "must be a number of bytes" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(1_000_000_000, { error: "must be at most 1000000000" })
    .optional(),
  isn: uint32.optional(),
  port: port.optional(),
});

const injectStep = z.strictObject({
  inject: z.strictObject({
    to: side,
    flags: z
      .array(z.enum(FLAGS, { error: `each flag must be one of ${FLAGS.join(", ")}` }), { error: "must be a list of flags" })
      .max(4, { error: "has at most four flags" }),
    seq: uint32,
    ack: uint32.default(0),
    len: z
      .number({ error: "must be a number of bytes" })
      .int({ error: "must be a whole number" })
      .min(0, { error: "must be at least 0" })
      .max(65535, { error: "must be at most 65535" })
      .default(0),
    port: port.optional(),
  }),
});

const describeIssue = (issue: z.core.$ZodIssue): string =>
  issue.code === "unrecognized_keys" ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;

/** One schema per kind of step, chosen by the key that names the kind, so errors name the right field. */
const STEP_KINDS = {
  call: callStep,
  deliver: z.strictObject({ deliver: z.union([segmentId, z.literal("all")], { error: 'must be a segment number or "all"' }) }),
  drop: z.strictObject({ drop: segmentId }),
  duplicate: z.strictObject({ duplicate: segmentId }),
  inject: injectStep,
  crash: z.strictObject({ crash: side, isn: uint32.optional() }),
  wait: z.strictObject({ wait: seconds }),
} as const;

type StepKind = keyof typeof STEP_KINDS;

const stepSchema = z.unknown().transform((value, ctx) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", message: 'must be an object such as {"call":"connect","on":"A"}' });
    return z.NEVER;
  }
  const kind = (Object.keys(STEP_KINDS) as StepKind[]).find((k) => k in value);
  if (!kind) {
    ctx.addIssue({ code: "custom", message: "must have one of the keys call, deliver, drop, duplicate, inject, crash, wait" });
    return z.NEVER;
  }
  const parsed = STEP_KINDS[kind].safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: describeIssue(issue) });
    return z.NEVER;
  }
  const step = parsed.data;
  if ("call" in step) {
    if (step.call === "send" && step.bytes === undefined) {
      ctx.addIssue({ code: "custom", path: ["bytes"], message: "is required for a send" });
      return z.NEVER;
    }
    if (step.call !== "send" && step.bytes !== undefined) {
      ctx.addIssue({ code: "custom", path: ["bytes"], message: `is only allowed for a send, not a ${step.call}` });
      return z.NEVER;
    }
    if (step.isn !== undefined && step.call !== "listen" && step.call !== "connect") {
      ctx.addIssue({ code: "custom", path: ["isn"], message: "is only allowed for listen and connect" });
      return z.NEVER;
    }
    if (step.port !== undefined && step.call === "listen") {
      ctx.addIssue({ code: "custom", path: ["port"], message: `is not allowed for ${step.call}` });
      return z.NEVER;
    }
  }
  return step as Step;
});

const perSide = <T extends z.ZodType>(inner: T) => z.strictObject({ A: inner, B: inner });

const keepAliveSchema = z.strictObject({
  idle: seconds,
  interval: seconds,
  probes: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(20, { error: "must be at most 20" }),
});
const queueLength = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number" })
  .min(0, { error: "must be at least 0" })
  .max(1000, { error: "must be at most 1000" });

/** An MSS option's value: a 16-bit count of data octets (RFC 9293 3.7.1). */
const mssValue = z
  .number({ error: "must be a number of octets" })
  .int({ error: "must be a whole number" })
  .min(1, { error: "must be at least 1" })
  .max(65535, { error: "must be at most 65535" });

export const scenarioSchema = z.strictObject({
  title: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  isn: perSide(uint32),
  msl: seconds.default(120),
  rto: z.union([seconds, perSide(seconds)], { error: 'must be a number of seconds or { "A": …, "B": … }' }).default(1),
  maxRetries: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(0, { error: "must be at least 0" })
    .max(20, { error: "must be at most 20" })
    .default(5),
  delayedAck: z.boolean({ error: "must be true or false" }).default(false),
  // Optional extensions: absent, every trace is what it was before they existed.
  keepAlive: z
    .strictObject({ A: keepAliveSchema.optional(), B: keepAliveSchema.optional() }, { error: 'must be { "A": {…}, "B": {…} } (either key)' })
    .optional(),
  filtered: z.array(side, { error: 'must be a list of sides such as ["B"]' }).max(2).optional(),
  finWait2Timeout: seconds.optional(),
  listener: z
    .strictObject({
      synQueue: queueLength.default(128),
      acceptQueue: queueLength.default(128),
      synCookies: z.boolean({ error: "must be true or false" }).default(false),
    })
    .optional(),
  timeWaitReopen: z.boolean({ error: "must be true or false" }).optional(),
  timeWaitIgnoresRst: z.boolean({ error: "must be true or false" }).optional(),
  mss: z.strictObject({ A: mssValue.optional(), B: mssValue.optional() }, { error: 'must be { "A": …, "B": … } (either key)' }).optional(),
  /** Endpoint profile (profile.ts); absent means "rfc", and the trace is exactly as without it. */
  profile: z.enum(["rfc", "linux"], { error: 'must be "rfc" or "linux"' }).optional(),
  steps: z.array(stepSchema, { error: "must be a list of steps" }).max(MAX_STEPS, { error: `has at most ${MAX_STEPS} steps` }),
});

export type CallName = "listen" | "connect" | "send" | "close" | "abort";
export type CallStep = { call: CallName; on: Side; bytes?: number; isn?: number; port?: number };
export type Step =
  | CallStep
  | { deliver: number | "all" }
  | { drop: number }
  | { duplicate: number }
  | { inject: { to: Side; flags: Flag[]; seq: number; ack: number; len: number; port?: number } }
  | { crash: Side; isn?: number }
  | { wait: number };

/** A step as written: an injected segment's ack and len may be left out. */
export type StepInput = Exclude<Step, { inject: unknown }> | { inject: { to: Side; flags: Flag[]; seq: number; ack?: number; len?: number; port?: number } };

/** A scenario as written (defaults may be missing). */
export type ScenarioInput = Omit<z.input<typeof scenarioSchema>, "steps"> & { steps: StepInput[] };
/** A validated scenario with every default filled in. */
export type Scenario = Omit<z.output<typeof scenarioSchema>, "steps"> & { steps: Step[] };

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; message: string; issues: { path: string; message: string }[] };

/** Formats a zod path as the field a person would look for: steps[3].bytes. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

/** Validates unknown input (parsed JSON) as a scenario. */
export function parseScenario(input: unknown): ParseResult {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data as Scenario };
  const issues = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path) || "scenario",
    message: describeIssue(issue),
  }));
  const message = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return { ok: false, message, issues };
}

/** Parses JSON text as a scenario, with a clear message for text that is not JSON at all. */
export function parseScenarioJson(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON (${detail})`, issues: [{ path: "scenario", message: "not valid JSON" }] };
  }
  return parseScenario(json);
}
