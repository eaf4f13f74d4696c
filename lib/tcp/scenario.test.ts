import { describe, expect, it } from "vitest";
import { parseScenario, parseScenarioJson } from "./scenario";

const ok = (input: unknown) => {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.message);
  return r.scenario;
};
const message = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error("expected the scenario to be rejected");
  return r.message;
};

describe("the scenario schema", () => {
  it("fills in the defaults of the format", () => {
    expect(ok({ isn: { A: 1, B: 2 }, steps: [] })).toEqual({ isn: { A: 1, B: 2 }, msl: 120, rto: 1, maxRetries: 5, delayedAck: false, steps: [] });
  });

  it("accepts every kind of step", () => {
    const steps = [
      { call: "listen", on: "B", isn: 7 },
      { call: "connect", on: "A" },
      { call: "send", on: "A", bytes: 100 },
      { call: "close", on: "A" },
      { call: "abort", on: "B" },
      { deliver: 3 },
      { deliver: "all" },
      { drop: 3 },
      { duplicate: 3 },
      { inject: { to: "B", flags: ["SYN"], seq: 900, ack: 0, len: 0 } },
      { crash: "A", isn: 5 },
      { wait: 60 },
    ];
    expect(ok({ isn: { A: 1, B: 2 }, rto: { A: 1, B: 3 }, steps }).steps).toHaveLength(12);
  });

  it.each([
    [{ steps: [] }, "isn: "],
    [{ isn: { A: -1, B: 2 }, steps: [] }, "isn.A: must be at least 0"],
    [{ isn: { A: 2 ** 32, B: 2 }, steps: [] }, "isn.A: must be at most 4294967295"],
    [{ isn: { A: 1, B: 2 }, msl: 0, steps: [] }, "msl: must be more than 0"],
    [{ isn: { A: 1, B: 2 }, rto: { A: 1 }, steps: [] }, "rto"],
    [{ isn: { A: 1, B: 2 }, steps: [{ call: "send", on: "A" }] }, "steps[0].bytes: is required for a send"],
    [{ isn: { A: 1, B: 2 }, steps: [{ call: "close", on: "A", bytes: 3 }] }, "steps[0].bytes: is only allowed for a send"],
    [{ isn: { A: 1, B: 2 }, steps: [{ call: "fly", on: "A" }] }, "steps[0].call: must be one of"],
    [{ isn: { A: 1, B: 2 }, steps: [{ call: "close", on: "C" }] }, 'steps[0].on: must be "A" or "B"'],
    [{ isn: { A: 1, B: 2 }, steps: [{ deliver: 0 }] }, "steps[0].deliver"],
    [{ isn: { A: 1, B: 2 }, steps: [{ wait: -5 }] }, "steps[0].wait: must be more than 0"],
    [{ isn: { A: 1, B: 2 }, steps: [{ inject: { to: "B", flags: ["PSH"], seq: 1 } }] }, "steps[0].inject.flags[0]"],
    [{ isn: { A: 1, B: 2 }, steps: [{ jump: 1 }] }, "steps[0]: must have one of the keys"],
    [{ isn: { A: 1, B: 2 }, steps: [{ call: "close", on: "A", extra: 1 }] }, 'steps[0]: has an unknown field "extra"'],
    [{ isn: { A: 1, B: 2 }, steps: "none" }, "steps: must be a list of steps"],
    [{ isn: { A: 1, B: 2 }, steps: [{ wait: 0.1234567 }] }, "steps[0].wait: must have at most 6 decimals"],
    [{ isn: { A: 1, B: 2 }, msl: 0.0000001, steps: [] }, "msl: must have at most 6 decimals"],
    [{ isn: { A: 1, B: 2 }, rto: { A: 1, B: 1.0000005 }, steps: [] }, "rto"],
  ])("rejects %j naming the field", (input, expected) => {
    expect(message(input)).toContain(expected);
  });

  it("accepts times of up to 6 decimals (whole microseconds)", () => {
    expect(ok({ isn: { A: 1, B: 2 }, msl: 0.000001, rto: 0.1, steps: [{ wait: 0.1875 }, { wait: 9999999.999999 }] }).steps).toHaveLength(2);
  });

  it("says when the text is not JSON at all", () => {
    const r = parseScenarioJson("{ not json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^not valid JSON/);
  });
});
