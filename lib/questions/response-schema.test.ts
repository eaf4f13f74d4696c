import { describe, expect, it } from "vitest";
import { FLAGS, TCP_STATES } from "../tcp";
import { generateQuestion } from "./registry";
import { FLAG_NAMES, parseResponse, STATE_NAMES } from "./response-schema";

describe("parseResponse", () => {
  const stateQ = generateQuestion("handshake-state-after-step", 1);
  const blanksQ = generateQuestion("handshake-blanks", 1, 2);
  const choiceQ = generateQuestion("half-close-who-sends", 1);

  it("restates exactly the engine's states and flags", () => {
    expect([...STATE_NAMES]).toEqual([...TCP_STATES]);
    expect([...FLAG_NAMES]).toEqual([...FLAGS]);
  });

  it("accepts a well-formed answer of the question's kind", () => {
    expect(parseResponse(stateQ, { kind: "state", state: "LISTEN" })).toEqual({ ok: true, response: { kind: "state", state: "LISTEN" } });
  });

  it.each([
    ["not an object", "ESTABLISHED", "response"],
    ["an unknown kind", { kind: "essay", text: "hi" }, "kind"],
    ["a state that does not exist", { kind: "state", state: "HALF-OPEN" }, "state"],
    ["an extra field", { kind: "state", state: "LISTEN", correct: true }, "response"],
  ])("rejects %s with a message naming the field", (_, raw, field) => {
    const result = parseResponse(stateQ, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/\S/);
      expect(Object.keys(result.fieldErrors)).toContain(field);
    }
  });

  it("rejects an answer of another kind than the question's", () => {
    const result = parseResponse(stateQ, { kind: "number", value: 3 });
    expect(result).toMatchObject({ ok: false, fieldErrors: { kind: [expect.stringContaining("state")] } });
  });

  it("rejects numbers that are not finite and repeated flags", () => {
    expect(parseResponse(generateQuestion("handshake-synack-ack", 1), { kind: "number", value: Number.NaN }).ok).toBe(false);
    expect(parseResponse(generateQuestion("handshake-segment-flags", 1), { kind: "flags", flags: ["SYN", "SYN"] }).ok).toBe(false);
  });

  it("checks the number and type of blanks", () => {
    const count = blanksQ.input.en.kind === "diagram-blanks" ? blanksQ.input.en.blanks.length : 0;
    expect(count).toBeGreaterThan(2);
    expect(parseResponse(blanksQ, { kind: "diagram-blanks", values: [1] })).toMatchObject({
      ok: false,
      fieldErrors: { values: [expect.stringContaining(String(count))] },
    });
    const wrongType = Array.from({ length: count }, () => "ESTABLISHED");
    expect(parseResponse(blanksQ, { kind: "diagram-blanks", values: wrongType })).toMatchObject({
      ok: false,
      fieldErrors: { "values.0": [expect.stringContaining("number")] },
    });
  });

  it("accepts only the question's own choice ids", () => {
    expect(parseResponse(choiceQ, { kind: "choice", choice: "z" }).ok).toBe(false);
    expect(parseResponse(choiceQ, { kind: "choice", choice: "a" }).ok).toBe(true);
  });
});
