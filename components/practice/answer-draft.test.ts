import { describe, expect, it } from "vitest";
import type { PublicInput } from "@/lib/questions";
import { draftToResponse, emptyDraft, keyedOptions, numberRangeVars, pickOption } from "./answer-draft";

const stateInput: PublicInput = { kind: "state", options: ["CLOSED", "LISTEN", "SYN-SENT"] };
const flagsInput: PublicInput = { kind: "flags", options: ["SYN", "ACK", "FIN", "RST"] };
const orderInput: PublicInput = { kind: "state-order", side: "A", options: ["ESTABLISHED", "CLOSED", "SYN-SENT"] };
const blanksInput: PublicInput = {
  kind: "diagram-blanks",
  stateOptions: ["CLOSED", "ESTABLISHED"],
  blanks: [
    { number: 1, target: { segment: 2, field: "ack" }, input: "number", label: "ack" },
    { number: 2, target: { step: 3, side: "A", field: "state" }, input: "state", label: "state" },
  ],
};

describe("answer drafts", () => {
  it("number keys select a state, toggle flags and append to an order", () => {
    expect(draftToResponse(pickOption(emptyDraft(stateInput), stateInput, 2), stateInput)).toEqual({
      ok: true,
      response: { kind: "state", state: "SYN-SENT" },
    });
    let flags = pickOption(emptyDraft(flagsInput), flagsInput, 0);
    flags = pickOption(flags, flagsInput, 1);
    flags = pickOption(flags, flagsInput, 0);
    expect(draftToResponse(flags, flagsInput)).toEqual({ ok: true, response: { kind: "flags", flags: ["ACK"] } });
    const order = [2, 0, 1].reduce((draft, i) => pickOption(draft, orderInput, i), emptyDraft(orderInput));
    expect(draftToResponse(order, orderInput)).toEqual({ ok: true, response: { kind: "state-order", states: ["SYN-SENT", "ESTABLISHED", "CLOSED"] } });
  });

  it("ignores keys beyond the options and kinds without options", () => {
    const draft = emptyDraft(stateInput);
    expect(pickOption(draft, stateInput, 5)).toBe(draft);
    const numberInput: PublicInput = { kind: "number", unit: "ack", label: "ack", range: { min: 0, max: 2 ** 33 } };
    expect(keyedOptions(numberInput)).toEqual([]);
  });

  it("says what is missing instead of sending an incomplete answer", () => {
    expect(draftToResponse(emptyDraft(stateInput), stateInput)).toEqual({ ok: false, problem: "answerRequired" });
    const numberInput: PublicInput = { kind: "number", unit: "seq", label: "seq", range: { min: 0, max: 2 ** 33 } };
    expect(draftToResponse({ kind: "number", text: "" }, numberInput)).toEqual({ ok: false, problem: "answerRequired" });
    expect(draftToResponse({ kind: "number", text: "12.5" }, numberInput)).toEqual({ ok: false, problem: "numberRequired" });
    expect(draftToResponse({ kind: "number", text: " 4294967295 " }, numberInput)).toEqual({ ok: true, response: { kind: "number", value: 4294967295 } });
    expect(draftToResponse({ kind: "diagram-blanks", values: ["1001", ""] }, blanksInput)).toEqual({ ok: false, problem: "blankRequired" });
    expect(draftToResponse({ kind: "diagram-blanks", values: ["x", "CLOSED"] }, blanksInput)).toEqual({ ok: false, problem: "numberRequired" });
    expect(draftToResponse({ kind: "diagram-blanks", values: ["1001", "CLOSED"] }, blanksInput)).toEqual({
      ok: true,
      response: { kind: "diagram-blanks", values: [1001, "CLOSED"] },
    });
    // A number outside the question's range, or too long to be exact, is refused, not graded as 1e+23.
    expect(draftToResponse({ kind: "number", text: "12345678901234567890123" }, numberInput)).toEqual({ ok: false, problem: "numberOutOfRange" });
    expect(draftToResponse({ kind: "number", text: "-1" }, numberInput)).toEqual({ ok: false, problem: "numberOutOfRange" });
    expect(draftToResponse({ kind: "number", text: String(2 ** 33 + 1) }, numberInput)).toEqual({ ok: false, problem: "numberOutOfRange" });
    expect(draftToResponse({ kind: "number", text: String(2 ** 32 + 5) }, numberInput)).toEqual({ ok: true, response: { kind: "number", value: 2 ** 32 + 5 } });
    expect(numberRangeVars(numberInput)).toEqual({ min: "0", max: "8589934592" });
    // A state order of one state is not an order (issue 17, bug 17).
    const oneState = pickOption(emptyDraft(orderInput), orderInput, 0);
    expect(draftToResponse(oneState, orderInput)).toEqual({ ok: false, problem: "stateOrderTooShort" });
    // No flags at all is an answer ("no segment"), not a missing one.
    expect(draftToResponse(emptyDraft(flagsInput), flagsInput)).toEqual({ ok: true, response: { kind: "flags", flags: [] } });
  });
});
