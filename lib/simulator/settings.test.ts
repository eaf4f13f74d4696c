import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/tcp";
import { DEFAULT_SETTINGS, parseSettingsForm, settingsToForm } from "./settings";

describe("settings form", () => {
  it("round-trips settings, writing equal RTOs as one number", () => {
    const settings = { ...DEFAULT_SETTINGS, title: "kept", isn: { A: 0, B: 4294967295 }, msl: 0.5, rto: { A: 0.25, B: 3 }, maxRetries: 0, delayedAck: true };
    expect(parseSettingsForm(settingsToForm(settings), settings)).toEqual({ ok: true, settings });
    const same = parseSettingsForm({ ...settingsToForm(DEFAULT_SETTINGS), rtoA: "2", rtoB: "2" }, DEFAULT_SETTINGS);
    expect(same.ok && same.settings.rto).toBe(2);
  });

  it("produces settings the engine's own parser accepts", () => {
    const result = parseSettingsForm({ ...settingsToForm(DEFAULT_SETTINGS), rtoB: " 0.2 " }, DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    if (result.ok) expect(parseScenario({ ...result.settings, steps: [] }).ok).toBe(true);
  });

  it("names every invalid field with the message for its kind", () => {
    const form = { ...settingsToForm(DEFAULT_SETTINGS), isnA: "-1", isnB: "4294967296", msl: "0", rtoA: "abc", rtoB: "", maxRetries: "2.5", mssA: "0" };
    expect(parseSettingsForm(form, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      fieldErrors: {
        isnA: "settingsIsnRange",
        isnB: "settingsIsnRange",
        msl: "settingsSecondsRange",
        rtoA: "settingsSecondsRange",
        rtoB: "settingsSecondsRange",
        maxRetries: "settingsRetriesRange",
        mssA: "settingsMssRange",
      },
    });
  });

  it("sets the extensions a learner toggles, leaves empty fields unset, and keeps those the form does not show", () => {
    const base = { ...DEFAULT_SETTINGS, filtered: ["A" as const], keepAlive: { B: { idle: 60, interval: 10, probes: 3 } } };
    const form = { ...settingsToForm(base), mssA: "1460", finWait2Timeout: "30", timeWaitReopen: true, timeWaitIgnoresRst: true, linux: true, filteredB: true };
    const result = parseSettingsForm(form, base);
    expect(result).toEqual({
      ok: true,
      settings: { ...base, mss: { A: 1460 }, finWait2Timeout: 30, timeWaitReopen: true, timeWaitIgnoresRst: true, profile: "linux", filtered: ["A", "B"] },
    });
    if (result.ok) {
      expect(parseScenario({ ...result.settings, steps: [] }).ok).toBe(true);
      expect(parseSettingsForm(settingsToForm(result.settings), result.settings)).toEqual(result);
      const off = parseSettingsForm(
        {
          ...settingsToForm(result.settings),
          mssA: "",
          finWait2Timeout: " ",
          timeWaitReopen: false,
          timeWaitIgnoresRst: false,
          linux: false,
          filteredB: false,
        },
        result.settings,
      );
      expect(off).toEqual({ ok: true, settings: base });
    }
  });
});
