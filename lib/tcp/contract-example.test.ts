import { describe, expect, it } from "vitest";
import example from "./fixtures/open-close.json";
import expected from "./fixtures/open-close.trace.json";
import { parseScenario } from "./scenario";
import { simulate } from "./simulate";

// The worked example of the scenario contract (docs/scenarios.md), reproduced exactly.
describe("the contract's worked example: open, half-close with data, close, TIME-WAIT", () => {
  it("produces exactly the expected trace", () => {
    const parsed = parseScenario(example);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(simulate(parsed.scenario)).toEqual(expected);
  });
});
