import { z } from "zod";
import type { Scenario } from "@/lib/tcp";

/**
 * The settings form: text fields in, a scenario's settings out. The limits are the scenario
 * format's; the messages are keys of the "simulator" namespace, so the form speaks the reader's
 * language (the engine's own parser answers in English, for files and links).
 */

export type Settings = Omit<Scenario, "steps">;

export const SETTINGS_FIELDS = ["isnA", "isnB", "msl", "rtoA", "rtoB", "maxRetries", "finWait2Timeout", "mssA", "mssB"] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
/** The switches: delayed ACK, and the engine's optional extensions a learner toggles (docs/scenarios.md). */
export const SETTINGS_SWITCHES = ["delayedAck", "timeWaitReopen", "timeWaitIgnoresRst", "linux", "filteredB"] as const;
export type SettingsSwitch = (typeof SETTINGS_SWITCHES)[number];
export type SettingsForm = Record<SettingsField, string> & Record<SettingsSwitch, boolean>;

export type SettingsErrorKey = "settingsIsnRange" | "settingsSecondsRange" | "settingsRetriesRange" | "settingsMssRange";

const number = (message: SettingsErrorKey) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { error: message })
    .transform(Number);

const isn = number("settingsIsnRange").pipe(
  z
    .number()
    .int({ error: "settingsIsnRange" })
    .max(2 ** 32 - 1, { error: "settingsIsnRange" }),
);
const seconds = number("settingsSecondsRange").pipe(z.number().positive({ error: "settingsSecondsRange" }).max(1e7, { error: "settingsSecondsRange" }));
const retries = number("settingsRetriesRange").pipe(z.number().int({ error: "settingsRetriesRange" }).max(20, { error: "settingsRetriesRange" }));

/** An optional field: empty means "not set" (the extension is off). */
const optional = <T extends z.ZodType>(inner: T) =>
  z.union([
    z
      .string()
      .trim()
      .length(0)
      .transform(() => undefined),
    inner,
  ]);
const mss = number("settingsMssRange").pipe(
  z.number().int({ error: "settingsMssRange" }).min(1, { error: "settingsMssRange" }).max(65535, { error: "settingsMssRange" }),
);

const formSchema = z.object({
  isnA: isn,
  isnB: isn,
  msl: seconds,
  rtoA: seconds,
  rtoB: seconds,
  maxRetries: retries,
  finWait2Timeout: optional(seconds),
  mssA: optional(mss),
  mssB: optional(mss),
  delayedAck: z.boolean(),
  timeWaitReopen: z.boolean(),
  timeWaitIgnoresRst: z.boolean(),
  linux: z.boolean(),
  filteredB: z.boolean(),
});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; fieldErrors: Partial<Record<SettingsField, SettingsErrorKey>> };

/** The form's fields for the given settings. */
export function settingsToForm(settings: Settings): SettingsForm {
  const rto = typeof settings.rto === "number" ? { A: settings.rto, B: settings.rto } : settings.rto;
  return {
    isnA: String(settings.isn.A),
    isnB: String(settings.isn.B),
    msl: String(settings.msl),
    rtoA: String(rto.A),
    rtoB: String(rto.B),
    maxRetries: String(settings.maxRetries),
    finWait2Timeout: settings.finWait2Timeout === undefined ? "" : String(settings.finWait2Timeout),
    mssA: settings.mss?.A === undefined ? "" : String(settings.mss.A),
    mssB: settings.mss?.B === undefined ? "" : String(settings.mss.B),
    delayedAck: settings.delayedAck,
    timeWaitReopen: settings.timeWaitReopen === true,
    timeWaitIgnoresRst: settings.timeWaitIgnoresRst === true,
    linux: settings.profile === "linux",
    filteredB: settings.filtered?.includes("B") === true,
  };
}

/** Validates the form; the title and description of the loaded scenario are kept from `base`. */
export function parseSettingsForm(form: SettingsForm, base: Settings): SettingsResult {
  const parsed = formSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SettingsField, SettingsErrorKey>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SettingsField;
      fieldErrors[field] ??= issue.message as SettingsErrorKey;
    }
    return { ok: false, fieldErrors };
  }
  const v = parsed.data;
  // The extensions the form does not show (keepAlive, listener, a filter in front of A) stay as loaded.
  const kept: Settings = { ...base };
  for (const key of ["finWait2Timeout", "mss", "timeWaitReopen", "timeWaitIgnoresRst", "profile", "filtered"] as const) delete kept[key];
  const filteredSides = [...(base.filtered ?? []).filter((s) => s !== "B"), ...(v.filteredB ? (["B"] as const) : [])];
  const mssSides = { ...(v.mssA === undefined ? {} : { A: v.mssA }), ...(v.mssB === undefined ? {} : { B: v.mssB }) };
  return {
    ok: true,
    settings: {
      ...kept,
      isn: { A: v.isnA, B: v.isnB },
      msl: v.msl,
      rto: v.rtoA === v.rtoB ? v.rtoA : { A: v.rtoA, B: v.rtoB },
      maxRetries: v.maxRetries,
      delayedAck: v.delayedAck,
      ...(v.finWait2Timeout === undefined ? {} : { finWait2Timeout: v.finWait2Timeout }),
      ...(Object.keys(mssSides).length > 0 ? { mss: mssSides } : {}),
      ...(v.timeWaitReopen ? { timeWaitReopen: true } : {}),
      ...(v.timeWaitIgnoresRst ? { timeWaitIgnoresRst: true } : {}),
      ...(v.linux ? { profile: "linux" as const } : {}),
      ...(filteredSides.length > 0 ? { filtered: filteredSides } : {}),
    },
  };
}

/** An empty simulator's settings: the ISNs of the worked examples, every other setting at its default. */
export const DEFAULT_SETTINGS: Settings = { isn: { A: 1000, B: 5000 }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false };
