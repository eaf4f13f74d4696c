import { describe, expect, it } from "vitest";
import { generateQuestion, listTemplates } from "../questions";
import { readSharedScenario } from "../simulator/share";
import { replayHref, similarQuestionHref } from "./links";
import { responseText } from "./response-text";

const template = listTemplates()[0]!;
const question = generateQuestion(template.id, 123456, 2);

describe("links from a mistake", () => {
  it("asks practice for the same concept, difficulty and template", () => {
    const url = new URL(similarQuestionHref(question), "http://x");
    expect(url.pathname).toBe("/practice");
    expect(Object.fromEntries(url.searchParams)).toEqual({ mode: "concepts", c: question.concept, d: "2", t: template.id });
  });

  it("replays the question's own scenario, stopped just after the asked step", () => {
    const url = new URL(replayHref(question), "http://x");
    expect(url.pathname).toBe("/simulator");
    const shared = readSharedScenario(Object.fromEntries(url.searchParams));
    if (shared.kind !== "ok") throw new Error(`not a scenario link: ${JSON.stringify(shared)}`);
    expect(shared.scenario.steps).toEqual(question.scenario.steps);
    const asked = question.explanation.diagram.highlightStep;
    expect(shared.at).toBe(asked === undefined ? question.scenario.steps.length : Math.min(asked + 1, question.scenario.steps.length));
  });
});

describe("responseText", () => {
  const input = {
    input: { en: { kind: "choice" as const, options: [{ id: "a", text: "Only A" }] }, zh: { kind: "choice" as const, options: [{ id: "a", text: "只有 A" }] } },
  };

  it("puts each kind of stored answer in words", () => {
    expect(responseText(question, { kind: "state", state: "TIME-WAIT" }, "en")).toBe("TIME-WAIT");
    expect(responseText(question, { kind: "flags", flags: ["ACK", "FIN"] }, "en")).toBe("FIN,ACK");
    expect(responseText(question, { kind: "flags", flags: [] }, "zh")).toBe("没有控制位");
    expect(responseText(question, { kind: "number", value: 1001 }, "en")).toBe("1001");
    expect(responseText(question, { kind: "state-order", states: ["SYN-SENT", "ESTABLISHED"] }, "en")).toBe("SYN-SENT → ESTABLISHED");
    expect(responseText(question, { kind: "diagram-blanks", values: [5001, "TIME-WAIT"] }, "en")).toBe("(1) 5001 · (2) TIME-WAIT");
    expect(responseText(input, { kind: "choice", choice: "a" }, "zh")).toBe("只有 A");
  });

  it("refuses what is not an answer", () => {
    expect(responseText(question, { kind: "state", state: "NOT-A-STATE" }, "en")).toBeNull();
    expect(responseText(question, "<script>", "en")).toBeNull();
  });
});
