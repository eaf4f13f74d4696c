import { parseScenario, type Scenario, type ScenarioInput } from "@/lib/tcp";
import { decodeSteps, encodeSteps } from "./step-codec";

/**
 * Scenarios in links. One format, for the simulator's own share links and for anyone linking to
 * it (a question's "replay in the simulator"):
 *
 *   /simulator?s=<base64url of the scenario's JSON>[&at=<n>]
 *
 * - The JSON is the scenario format (docs/scenarios.md) with two savings: settings equal to their
 *   defaults are left out, and "steps" is a string of short tokens ("lB cA d1 d2 d3", see
 *   step-codec.ts) rather than an array of objects, which keeps a link about five times shorter.
 *   An array of step objects is accepted too. The JSON is encoded as UTF-8 and then base64url
 *   without padding (RFC 4648 section 5), so titles in any language survive.
 * - `at` (optional) is how many steps have been applied: the steps after it are kept and can be
 *   redone. Without it, the whole scenario is applied.
 * - `?scenario=` is accepted as a synonym of `?s=`, with the same encoding.
 *
 * Build links with `simulatorHref(scenario)`, or `encodeScenario` for the parameter alone.
 * `decodeScenario` validates with parseScenario, so a bad link yields a message, never a throw.
 */

export const SHARE_PARAM = "s";
export const SHARE_PARAM_ALIAS = "scenario";
export const AT_PARAM = "at";
/** Longer parameters are refused before decoding (a scenario of MAX_STEPS steps fits well within). */
export const MAX_PARAM_LENGTH = 400_000;

const DEFAULTS = { msl: 120, rto: 1, maxRetries: 5, delayedAck: false } as const;

/** The scenario without the fields that equal their defaults, in a fixed key order. */
export function compactScenario(scenario: ScenarioInput | Scenario): ScenarioInput {
  const out: ScenarioInput = { isn: { A: scenario.isn.A, B: scenario.isn.B }, steps: scenario.steps };
  if (scenario.title !== undefined) out.title = scenario.title;
  if (scenario.description !== undefined) out.description = scenario.description;
  if (scenario.msl !== undefined && scenario.msl !== DEFAULTS.msl) out.msl = scenario.msl;
  const rto = scenario.rto;
  if (rto !== undefined) {
    if (typeof rto === "number") {
      if (rto !== DEFAULTS.rto) out.rto = rto;
    } else if (rto.A === rto.B) {
      if (rto.A !== DEFAULTS.rto) out.rto = rto.A;
    } else out.rto = { A: rto.A, B: rto.B };
  }
  if (scenario.maxRetries !== undefined && scenario.maxRetries !== DEFAULTS.maxRetries) out.maxRetries = scenario.maxRetries;
  if (scenario.delayedAck) out.delayedAck = true;
  // The engine's optional extensions (docs/scenarios.md) travel as they are.
  for (const key of ["keepAlive", "filtered", "finWait2Timeout", "listener", "timeWaitReopen", "timeWaitIgnoresRst", "mss"] as const) {
    if (scenario[key] !== undefined) Object.assign(out, { [key]: scenario[key] });
  }
  if (scenario.profile === "linux") out.profile = "linux";
  // Steps last, so the settings read first in the decoded JSON.
  const { steps, ...settings } = out;
  return { ...settings, steps };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(param: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(param) || param.length % 4 === 1) return null;
  const base64 = param.replace(/-/g, "+").replace(/_/g, "/") + "===".slice(0, (4 - (param.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The value of `?s=` for a scenario. An invalid scenario is encoded as it is (its link then reports the error). */
export function encodeScenario(scenario: ScenarioInput | Scenario): string {
  const parsed = parseScenario(scenario);
  const compact = compactScenario(parsed.ok ? parsed.scenario : scenario);
  return toBase64Url(JSON.stringify(parsed.ok ? { ...compact, steps: encodeSteps(parsed.scenario.steps) } : compact));
}

export type DecodeFailure = "empty" | "too-long" | "encoding" | "json" | "scenario";
export type DecodeResult = { ok: true; scenario: Scenario } | { ok: false; reason: DecodeFailure; message: string };

/** Reads a `?s=` value back into a validated scenario. */
export function decodeScenario(param: string): DecodeResult {
  const value = param.trim();
  if (!value) return { ok: false, reason: "empty", message: "the link holds no scenario" };
  if (value.length > MAX_PARAM_LENGTH) return { ok: false, reason: "too-long", message: `the link is longer than ${MAX_PARAM_LENGTH} characters` };
  // A hand-written link may carry the JSON itself (URL-decoded by the time it gets here).
  const text = value.startsWith("{") ? value : fromBase64Url(value);
  if (text === null) return { ok: false, reason: "encoding", message: "the link is not base64url-encoded text" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "json", message: "the link does not hold JSON" };
  }
  if (typeof json === "object" && json !== null && "steps" in json && typeof json.steps === "string") {
    const steps = decodeSteps(json.steps);
    if (!steps.ok) return { ok: false, reason: "scenario", message: steps.message };
    json = { ...json, steps: steps.steps };
  }
  const parsed = parseScenario(json);
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, reason: "scenario", message: parsed.message };
}

/** A link to the simulator with this scenario loaded, optionally stopped after `at` steps. */
export function simulatorHref(scenario: ScenarioInput | Scenario, options: { at?: number; base?: string } = {}): string {
  const query = new URLSearchParams({ [SHARE_PARAM]: encodeScenario(scenario) });
  if (options.at !== undefined && options.at < scenario.steps.length) query.set(AT_PARAM, String(options.at));
  return `${options.base ?? "/simulator"}?${query.toString()}`;
}

type SearchParams = Record<string, string | string[] | undefined>;

export type SharedScenario = { kind: "none" } | { kind: "ok"; scenario: Scenario; at: number } | { kind: "error"; reason: DecodeFailure; message: string };

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** What the page's search parameters ask for: nothing, a valid scenario (and how far to apply it), or a broken link. */
export function readSharedScenario(searchParams: SearchParams): SharedScenario {
  const param = first(searchParams[SHARE_PARAM]) ?? first(searchParams[SHARE_PARAM_ALIAS]);
  if (param === undefined) return { kind: "none" };
  const decoded = decodeScenario(param);
  if (!decoded.ok) return { kind: "error", reason: decoded.reason, message: decoded.message };
  const steps = decoded.scenario.steps.length;
  const atText = first(searchParams[AT_PARAM]);
  const at = atText !== undefined && /^\d+$/.test(atText) ? Math.min(Number(atText), steps) : steps;
  return { kind: "ok", scenario: decoded.scenario, at };
}
