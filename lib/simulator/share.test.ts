import { describe, expect, it } from "vitest";
import { parseScenario, type ScenarioInput } from "@/lib/tcp";
import { PRESETS } from "./presets";
import { compactScenario, decodeScenario, encodeScenario, readSharedScenario, simulatorHref } from "./share";

const parsed = (input: ScenarioInput) => {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.message);
  return result.scenario;
};

describe("encodeScenario / decodeScenario", () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))("round-trips the %s preset exactly", (_id, input) => {
    const scenario = parsed(input);
    const decoded = decodeScenario(encodeScenario(scenario));
    expect(decoded).toEqual({ ok: true, scenario });
  });

  it("round-trips every setting, per-side RTOs, injected segments and a title in Chinese", () => {
    const scenario = parsed({
      title: "丢失的 ACK",
      description: "A & B / +=?",
      isn: { A: 4294967295, B: 0 },
      msl: 2,
      rto: { A: 0.5, B: 3 },
      maxRetries: 0,
      delayedAck: true,
      steps: [
        { call: "send", on: "A", bytes: 7 },
        { inject: { to: "B", flags: ["RST", "ACK"], seq: 9, ack: 1, len: 0 } },
        { crash: "B", isn: 77 },
        { wait: 0.2 },
      ],
    });
    const param = encodeScenario(scenario);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenario(param)).toEqual({ ok: true, scenario });
  });

  it("keeps the engine's optional extensions and ports in the link", () => {
    const scenario = parsed({
      isn: { A: 1, B: 2 },
      keepAlive: { B: { idle: 60, interval: 10, probes: 3 } },
      filtered: ["A"],
      finWait2Timeout: 30,
      listener: { synQueue: 2, synCookies: true },
      timeWaitReopen: true,
      timeWaitIgnoresRst: true,
      mss: { A: 1460, B: 536 },
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A", port: 5001 }, { inject: { to: "B", flags: ["SYN"], seq: 9, port: 777 } }],
    });
    expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario });
  });

  it("leaves default settings out of the link, so links stay short", () => {
    const scenario = parsed({ isn: { A: 1, B: 2 }, rto: { A: 1, B: 1 }, steps: [{ call: "listen", on: "B" }] });
    expect(compactScenario(scenario)).toEqual({ isn: { A: 1, B: 2 }, steps: [{ call: "listen", on: "B" }] });
    expect(encodeScenario(scenario).length).toBeLessThan(80);
  });

  it("writes the steps as short tokens, so a 15-step scenario fits in under 200 characters", () => {
    const scenario = parsed(PRESETS.find((p) => p.id === "lost-last-ack")!.scenario);
    const param = encodeScenario(scenario);
    expect(param.length).toBeLessThan(200);
    expect(JSON.parse(atob(param.replace(/-/g, "+").replace(/_/g, "/")))).toEqual({
      isn: { A: 1000, B: 5000 },
      steps: "lB cA d1 d2 d3 fA d4 d5 fB d6 x7 w1 d8 d9 w240",
    });
  });

  it("also reads a link whose steps are written as the scenario format's array", () => {
    const scenario = parsed(PRESETS[0]!.scenario);
    const param = btoa(JSON.stringify(scenario)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect(decodeScenario(param)).toEqual({ ok: true, scenario });
  });

  it("names the step of a link whose token string is broken", () => {
    const param = btoa(JSON.stringify({ isn: { A: 1, B: 2 }, steps: "lB zz" })).replace(/=+$/, "");
    expect(decodeScenario(param)).toEqual({ ok: false, reason: "scenario", message: 'steps[1]: "zz" is not a step' });
  });

  it("accepts the JSON itself, as a hand-written link would carry it", () => {
    const decoded = decodeScenario('{"isn":{"A":1,"B":2},"steps":[{"call":"connect","on":"A"}]}');
    expect(decoded.ok && decoded.scenario.steps).toEqual([{ call: "connect", on: "A" }]);
  });

  it.each([
    ["", "empty"],
    ["not base64!", "encoding"],
    ["abcde", "encoding"],
    [btoa("{oops").replace(/=+$/, ""), "json"],
    [btoa("\xff\xfe").replace(/=+$/, ""), "encoding"],
    ["x".repeat(400_001), "too-long"],
  ])("refuses %j with the reason %s and never throws", (param, reason) => {
    const decoded = decodeScenario(param.slice(0, 500_000));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toBe(reason);
  });

  it("names the invalid field of a well-encoded but invalid scenario", () => {
    const param = encodeScenario({ isn: { A: 1, B: 2 }, steps: [{ call: "send", on: "A", bytes: 0 }] });
    const decoded = decodeScenario(param);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toBe("scenario");
    expect(!decoded.ok && decoded.message).toContain("steps[0].bytes");
  });
});

describe("readSharedScenario", () => {
  const scenario = parsed(PRESETS[0]!.scenario);
  const param = encodeScenario(scenario);

  it("reads ?s= and the synonym ?scenario=, applying every step by default", () => {
    expect(readSharedScenario({})).toEqual({ kind: "none" });
    expect(readSharedScenario({ s: param })).toEqual({ kind: "ok", scenario, at: 5 });
    expect(readSharedScenario({ scenario: param })).toEqual({ kind: "ok", scenario, at: 5 });
  });

  it("stops after `at` steps, clamped to the scenario, and ignores a malformed `at`", () => {
    expect(readSharedScenario({ s: param, at: "2" })).toMatchObject({ at: 2 });
    expect(readSharedScenario({ s: param, at: "99" })).toMatchObject({ at: 5 });
    expect(readSharedScenario({ s: param, at: "-1" })).toMatchObject({ at: 5 });
    expect(readSharedScenario({ s: [param, "junk"], at: "0" })).toMatchObject({ at: 0 });
  });

  it("reports a broken link instead of throwing", () => {
    expect(readSharedScenario({ s: param.slice(0, 11) })).toMatchObject({ kind: "error" });
  });

  it("simulatorHref builds a link that reads back the same", () => {
    const href = simulatorHref(scenario, { at: 3 });
    const query = Object.fromEntries(new URL(href, "http://localhost").searchParams);
    expect(href.startsWith("/simulator?s=")).toBe(true);
    expect(readSharedScenario(query)).toEqual({ kind: "ok", scenario, at: 3 });
    expect(simulatorHref(scenario, { at: 5 })).not.toContain("at=");
  });
});
