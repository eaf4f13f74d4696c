import { z } from "zod";
import type { Scenario } from "@/lib/tcp";

/**
 * The settings form: text fields in, a scenario's settings out. The limits are the scenario
 * format's; the messages are keys of the "simulator" namespace, so the form speaks the reader's
 * language (the engine's own parser answers in English, for files and links).
 */

export type Settings = Omit<Scenario, "steps">;

export const SETTINGS_FIELDS = ["isnA", "isnB", "msl", "rtoA", "rtoB", "maxRetries"] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
export type SettingsForm = Record<SettingsField, string> & { delayedAck: boolean };

export type SettingsErrorKey = "settingsIsnRange" | "settingsSecondsRange" | "settingsRetriesRange";

const number = (message: SettingsErrorKey) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { error: message })
    .transform(Number);

const isn = number("settingsIsnRange").pipe(z.number().int({ error: "settingsIsnRange" }).max(2 ** 32 - 1, { error: "settingsIsnRange" }));
const seconds = number("settingsSecondsRange").pipe(z.number().positive({ error: "settingsSecondsRange" }).max(1e7, { error: "settingsSecondsRange" }));
const retries = number("settingsRetriesRange").pipe(z.number().int({ error: "settingsRetriesRange" }).max(20, { error: "settingsRetriesRange" }));

const formSchema = z.object({ isnA: isn, isnB: isn, msl: seconds, rtoA: seconds, rtoB: seconds, maxRetries: retries, delayedAck: z.boolean() });

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
    delayedAck: settings.delayedAck,
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
  return {
    ok: true,
    settings: {
      ...base,
      isn: { A: v.isnA, B: v.isnB },
      msl: v.msl,
      rto: v.rtoA === v.rtoB ? v.rtoA : { A: v.rtoA, B: v.rtoB },
      maxRetries: v.maxRetries,
      delayedAck: v.delayedAck,
    },
  };
}

/** An empty simulator's settings: the ISNs of the worked examples, every other setting at its default. */
export const DEFAULT_SETTINGS: Settings = { isn: { A: 1000, B: 5000 }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false };
