import { describe, expect, it } from "vitest";
import { parseScenario, type Step } from "@/lib/tcp";
import { PRESETS } from "./presets";
import { decodeSteps, encodeSteps } from "./step-codec";

const EVERY_KIND: Step[] = [
  { call: "listen", on: "B" },
  { call: "listen", on: "A", isn: 900 },
  { call: "connect", on: "A" },
  { call: "connect", on: "B", isn: 4294967295 },
  { call: "send", on: "A", bytes: 100 },
  { call: "close", on: "B" },
  { call: "abort", on: "A" },
  { deliver: 3 },
  { deliver: "all" },
  { drop: 12 },
  { duplicate: 1 },
  { crash: "A" },
  { crash: "B", isn: 0 },
  { wait: 0.2 },
  { wait: 240 },
  { wait: 0.000001 }, // the smallest wait the engine keeps exactly (whole microseconds)
  { inject: { to: "B", flags: ["ACK", "SYN"], seq: 900, ack: 1, len: 0 } },
  { inject: { to: "A", flags: [], seq: 0, ack: 0, len: 65535 } },
  { call: "connect", on: "A", port: 5001 },
  { inject: { to: "B", flags: ["SYN"], seq: 7, ack: 0, len: 0, port: 40000 } },
];

describe("step codec", () => {
  it("writes one short token per step", () => {
    expect(encodeSteps(EVERY_KIND.slice(0, 11))).toBe("lB lA:900 cA cB:4294967295 sA100 fB rA d3 d* x12 u1");
    expect(encodeSteps([{ inject: { to: "B", flags: ["ACK", "SYN"], seq: 900, ack: 1, len: 0 } }])).toBe("iBAS:900:1:0");
  });

  it("reads every kind of step back exactly", () => {
    const decoded = decodeSteps(encodeSteps(EVERY_KIND));
    expect(decoded).toEqual({ ok: true, steps: EVERY_KIND });
    const parsed = parseScenario({ isn: { A: 1, B: 2 }, steps: decoded.ok ? decoded.steps : [] });
    expect(parsed.ok && parsed.scenario.steps).toEqual(EVERY_KIND);
  });

  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))("round-trips the %s preset", (_id, input) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(decodeSteps(encodeSteps(parsed.scenario.steps))).toEqual({ ok: true, steps: parsed.scenario.steps });
  });

  it.each(["q1", "lC", "fA:7", "s", "sA", "d-1", "w", "wabc", "iB:1:2", "iBZ:1:2:3", "d1;"])("refuses the token %j, naming its position", (token) => {
    expect(decodeSteps(`lB ${token}`)).toEqual({ ok: false, message: expect.stringContaining("steps[1]") });
  });

  it("leaves range checks to the scenario parser", () => {
    const decoded = decodeSteps("sA0 d0");
    expect(decoded.ok).toBe(true);
    const parsed = parseScenario({ isn: { A: 1, B: 2 }, steps: decoded.ok ? decoded.steps : [] });
    expect(!parsed.ok && parsed.message).toContain("steps[0].bytes");
  });
});
