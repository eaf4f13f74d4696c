// The exports checked structurally with a real XML parser (@xmldom/xmldom), against what the
// formats' documentation requires: Moodle's "Moodle XML format" page (quiz, category question,
// numerical/multichoice with name, questiontext, answer@fraction, answer/feedback, tolerance,
// single, shuffleanswers) and IMS QTI 2.1 / IMS CP 1.1 (assessmentItem in the imsqti_v2p1
// namespace with its required attributes, responseDeclaration, outcomeDeclaration, itemBody,
// responseProcessing, modalFeedback per answer; manifest resources pointing at files that exist).
// Moodle and the XSDs cannot be had here, so an import into Moodle or an XSD validation is NOT done.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generateQuestion, misconceptionLabel, type Question } from "../../questions";
import { findPreset } from "../../simulator/presets";
import { generateVariant } from "../generate";
import { parseSpec } from "../problems";
import type { Ask } from "../spec";
import { responseText } from "./answers";
import { toMoodleXml } from "./moodle-xml";
import { QTI_NS, CP_NS, toQtiFiles, toQtiPackage } from "./qti";

function variants(ask: Ask, preset: "handshake" | "four-way-close" | "lost-last-ack" = "handshake", count = 3): Question[] {
  const parsed = parseSpec({
    title: { en: "Authored & safe", zh: "自编题" },
    concept: "handshake-numbers",
    difficulty: 2,
    scenario: findPreset(preset)!.scenario,
    ask,
    vary: { isns: true, swapSides: true, msl: [], rto: [], dropStep: null },
    prompt: { en: "", zh: "" },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return Array.from({ length: count }, (_, i) => {
    const v = generateVariant(parsed.spec, "authored:x", 100 + i);
    if (!v.ok) throw new Error(v.failure.message.en);
    return v.question;
  });
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (el: Element, name: string): Element => {
  const found = children(el, name);
  expect(found, `<${el.localName}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
};
const text = (el: Element, name: string): string => child(child(el, name), "text").textContent ?? "";

describe("Moodle XML", () => {
  const numbers = variants({ kind: "segment", segment: 2, field: "ack" });
  const states = variants({ kind: "state", side: "B", step: 2 });
  const xml = toMoodleXml(
    [
      { category: ["Handshake", "Numbers/acks"], name: "Ack of the SYN,ACK", questions: numbers },
      { category: ["Handshake", "States"], name: "State", questions: states },
    ],
    "en",
  );
  const quiz = parse(xml).documentElement!;

  it("is a quiz of categories, each followed by its variants", () => {
    expect(quiz.localName).toBe("quiz");
    const questions = children(quiz, "question");
    expect(questions.map((q) => q.getAttribute("type"))).toEqual([
      "category",
      "numerical",
      "numerical",
      "numerical",
      "category",
      "multichoice",
      "multichoice",
      "multichoice",
    ]);
    expect(text(questions[0]!, "category")).toBe("$course$/top/Handshake/Numbers//acks");
  });

  it("gives a numerical question its key at 100%, each mistake at 0% with its label, and a catch-all", () => {
    const questions = children(quiz, "question").filter((q) => q.getAttribute("type") === "numerical");
    questions.forEach((q, i) => {
      const question = numbers[i]!;
      expect(text(q, "name")).toBe(`Ack of the SYN,ACK (${i + 1})`);
      expect(child(q, "questiontext").getAttribute("format")).toBe("html");
      expect(text(q, "questiontext")).toContain(question.prompt.en);
      const answers = children(q, "answer");
      const correct = answers.filter((a) => a.getAttribute("fraction") === "100");
      expect(correct).toHaveLength(1);
      expect(child(correct[0]!, "text").textContent).toBe(String(question.key.kind === "number" && question.key.value));
      for (const a of answers) {
        expect(child(a, "tolerance").textContent).toBe("0");
        expect(text(a, "feedback").length).toBeGreaterThan(10);
      }
      for (const d of question.distractors) {
        const answer = answers.find((a) => child(a, "text").textContent === responseText(question, d.response, "en"))!;
        expect(answer.getAttribute("fraction")).toBe("0");
        expect(text(answer, "feedback")).toContain(misconceptionLabel(d.misconception, "en"));
      }
      expect(answers.at(-1)!.getElementsByTagName("text")[0]!.textContent).toBe("*");
    });
  });

  it("gives a multiple-choice question one right answer among its distractors, each with feedback", () => {
    const questions = children(quiz, "question").filter((q) => q.getAttribute("type") === "multichoice");
    questions.forEach((q, i) => {
      const question = states[i]!;
      expect(child(q, "single").textContent).toBe("true");
      expect(child(q, "shuffleanswers").textContent).toBe("true");
      const answers = children(q, "answer");
      expect(answers.length).toBeGreaterThanOrEqual(3);
      const right = answers.filter((a) => a.getAttribute("fraction") === "100");
      expect(right).toHaveLength(1);
      expect(child(right[0]!, "text").textContent).toContain(question.key.kind === "state" ? question.key.state : "?");
      expect(answers.every((a) => text(a, "feedback").length > 0)).toBe(true);
      const labels = answers.map((a) => text(a, "feedback"));
      for (const d of question.distractors) expect(labels.some((l) => l.includes(misconceptionLabel(d.misconception, "en")))).toBe(true);
    });
  });

  it("escapes what it writes: the question text is HTML with no raw markup from data", () => {
    const numbersXml = toMoodleXml([{ category: ["A <b>"], name: "x & y", questions: numbers.slice(0, 1) }], "zh");
    const doc = parse(numbersXml).documentElement!;
    expect(child(children(doc, "question")[0]!, "category").textContent).toContain("A <b>");
    expect(text(children(doc, "question")[1]!, "name")).toBe("x & y");
    expect(text(children(doc, "question")[1]!, "questiontext")).toContain(numbers[0]!.prompt.zh);
  });
});

describe("QTI 2.1", () => {
  const numbers = variants({ kind: "segment", segment: 3, field: "seq" }, "handshake", 2);
  const lost = variants({ kind: "state", side: "A", step: 6 }, "four-way-close", 2);
  const builtIn = [generateQuestion("handshake-synack-ack", 7, 2)];
  const files = toQtiFiles(
    [
      { category: [], name: "Seq", questions: numbers },
      { category: [], name: "State", questions: lost },
      { category: [], name: "Built-in", questions: builtIn },
    ],
    "Assignment",
    "en",
  );
  const byPath = new Map(files.map((f) => [f.path, parse(f.xml).documentElement!]));

  it("writes items in the QTI 2.1 namespace with their required parts", () => {
    const items = files.filter((f) => f.path.startsWith("items/"));
    expect(items).toHaveLength(5);
    for (const f of items) {
      const item = byPath.get(f.path)!;
      expect(item.localName).toBe("assessmentItem");
      expect(item.namespaceURI).toBe(QTI_NS);
      for (const attribute of ["identifier", "title", "adaptive", "timeDependent"]) expect(item.getAttribute(attribute)).not.toBe("");
      const response = child(item, "responseDeclaration");
      expect(response.getAttribute("identifier")).toBe("RESPONSE");
      expect(response.getAttribute("cardinality")).toBe("single");
      expect(children(item, "outcomeDeclaration").map((o) => o.getAttribute("identifier"))).toEqual(["SCORE", "FEEDBACK"]);
      const body = child(item, "itemBody");
      expect(body.getElementsByTagNameNS(QTI_NS, "div").length).toBeGreaterThan(0);
      child(item, "responseProcessing");
    }
  });

  it("makes a number a float text entry with the key as its correct response, and a feedback per answer", () => {
    const item = byPath.get("items/ITEM_1_1.xml")!;
    const response = child(item, "responseDeclaration");
    expect(response.getAttribute("baseType")).toBe("float");
    expect(child(child(response, "correctResponse"), "value").textContent).toBe(String(numbers[0]!.key.kind === "number" && numbers[0]!.key.value));
    expect(item.getElementsByTagNameNS(QTI_NS, "textEntryInteraction")).toHaveLength(1);
    const feedbackIds = children(item, "modalFeedback").map((m) => m.getAttribute("identifier"));
    const set = Array.from(item.getElementsByTagNameNS(QTI_NS, "setOutcomeValue"))
      .filter((s) => s.getAttribute("identifier") === "FEEDBACK")
      .map((s) => s.textContent?.trim());
    expect(new Set(set)).toEqual(new Set(feedbackIds));
    expect(feedbackIds).toContain("OTHER");
    expect(feedbackIds.length).toBe(numbers[0]!.distractors.length + 2);
  });

  it("makes a state a single choice whose correct response is the key's choice, every choice with its feedback", () => {
    const item = byPath.get("items/ITEM_2_1.xml")!;
    const response = child(item, "responseDeclaration");
    expect(response.getAttribute("baseType")).toBe("identifier");
    const interaction = item.getElementsByTagNameNS(QTI_NS, "choiceInteraction")[0]!;
    expect(interaction.getAttribute("maxChoices")).toBe("1");
    const choices = children(interaction, "simpleChoice");
    const correctId = child(child(response, "correctResponse"), "value").textContent;
    const key = lost[0]!.key.kind === "state" ? lost[0]!.key.state : "";
    expect(choices.find((c) => c.getAttribute("identifier") === correctId)!.textContent).toBe(key);
    const feedback = new Map(children(item, "modalFeedback").map((m) => [m.getAttribute("identifier"), m.textContent]));
    for (const c of choices) expect(feedback.get(c.getAttribute("identifier"))).toBeTruthy();
  });

  it("packages a test that draws one variant per section, and a manifest whose every file exists", () => {
    const test = byPath.get("assessment.xml")!;
    expect(test.localName).toBe("assessmentTest");
    const sections = Array.from(test.getElementsByTagNameNS(QTI_NS, "assessmentSection"));
    expect(sections).toHaveLength(3);
    for (const s of sections) {
      expect(child(s, "selection").getAttribute("select")).toBe("1");
      for (const ref of children(s, "assessmentItemRef")) expect(byPath.has(ref.getAttribute("href")!)).toBe(true);
    }
    const manifest = byPath.get("imsmanifest.xml")!;
    expect(manifest.namespaceURI).toBe(CP_NS);
    const resources = Array.from(manifest.getElementsByTagNameNS(CP_NS, "resource"));
    expect(resources.map((r) => r.getAttribute("type")).sort()).toEqual([
      "imsqti_item_xmlv2p1",
      "imsqti_item_xmlv2p1",
      "imsqti_item_xmlv2p1",
      "imsqti_item_xmlv2p1",
      "imsqti_item_xmlv2p1",
      "imsqti_test_xmlv2p1",
    ]);
    for (const r of resources) for (const f of children(r, "file")) expect(byPath.has(f.getAttribute("href")!)).toBe(true);
    const zip = unzipSync(toQtiPackage(files));
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => f.path).sort());
    expect(strFromU8(zip["imsmanifest.xml"]!)).toBe(files[0]!.xml);
  });
});
