import { describe, expect, it } from "vitest";
import { formatSegment } from "../content/segment";
import { runScenario } from "../content/scenario-builder";
import { LOCALES } from "../i18n/config";
import { findZhStyleProblems } from "../i18n/zh-style";
import { CONCEPT_IDS, CONCEPTS, generateQuestion, listTemplates, MISCONCEPTIONS, templatesForConcept } from "../questions";
import { parseScenario, simulate, TCP_STATES } from "../tcp";
import { citationHref, citationLabel, isLessonConcept, LESSON_SPECS, lessonFor, lessonView, narrate, PLACEHOLDER } from ".";

const HAN = /[\u3400-\u9fff]/;

/** Every misconception label a distractor carries, per concept, over seeds 1..12 at every level. */
function labelsUsedByTemplates(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const template of listTemplates()) {
    const set = used.get(template.concept) ?? new Set<string>();
    for (const difficulty of [1, 2, 3] as const)
      for (let seed = 1; seed <= 12; seed++) for (const d of generateQuestion(template.id, seed, difficulty).distractors) set.add(d.misconception);
    used.set(template.concept, set);
  }
  return used;
}

/** A template's text once its placeholders, state names and the rule's own constants are taken out. */
function typedText(template: string): string {
  let text = template.replace(PLACEHOLDER, "");
  for (const state of [...TCP_STATES].sort((a, b) => b.length - a.length)) text = text.replaceAll(state, "");
  return text
    .replace(/2\^32/g, "")
    .replace(/\b2 ?MSL/g, "")
    .replace(/\+ 1\b/g, "");
}

const numbersIn = (text: string): string[] => (text.match(/\d+(?:\.\d+)?/g) ?? []).sort();

describe("lessons", () => {
  it("has one lesson for every concept, and none for anything else", () => {
    expect(Object.keys(LESSON_SPECS).sort()).toEqual([...CONCEPT_IDS].sort());
    expect(CONCEPTS.map((c) => LESSON_SPECS[c.id].concept)).toEqual(CONCEPTS.map((c) => c.id));
    expect(CONCEPTS.every((c) => isLessonConcept(c.id))).toBe(true);
    expect(isLessonConcept("no-such-concept")).toBe(false);
    expect(isLessonConcept("constructor")).toBe(false);
  });

  describe.each(CONCEPTS.map((c) => c.id))("%s", (concept) => {
    const lesson = lessonFor(concept);

    it("says what it is and states its rule in both languages, with RFC citations", () => {
      for (const text of [lesson.what, lesson.rule]) {
        expect(text.en.length).toBeGreaterThan(80);
        expect(text.en).not.toMatch(HAN);
        expect(text.zh).toMatch(HAN);
      }
      expect(lesson.citations.length).toBeGreaterThan(0);
      for (const c of lesson.citations) {
        expect(citationHref(c)).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+(#(section|figure)-[\d.]+)?$/);
        expect(citationLabel(c, "en")).toContain(`RFC ${c.rfc}`);
        expect(citationLabel(c, "zh")).toContain(`RFC ${c.rfc}`);
      }
    });

    it("runs its worked example through the engine: the trace is the engine's, refused only where meant", () => {
      const { scenario, trace } = lesson.example;
      const parsed = parseScenario(scenario);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(trace).toEqual(simulate(parsed.scenario));
      expect(trace).toEqual(runScenario(scenario).trace);
      expect(trace.segments.length).toBeGreaterThan(0);
      const refused = trace.steps.filter((s) => s.error !== null).map((s) => s.i);
      expect(refused).toEqual([...(lesson.example.refusedSteps ?? [])]);
      if (lesson.example.highlightStep !== undefined) expect(trace.steps[lesson.example.highlightStep]).toBeDefined();
      for (const id of lesson.example.highlightSegments ?? []) expect(trace.segments.some((s) => s.id === id)).toBe(true);
    });

    it("fills every value of its example from a fresh run of the scenario, and types none in", () => {
      const fresh = runScenario(lesson.example.scenario).trace;
      for (const locale of LOCALES) {
        const view = lessonView(concept, locale);
        const templates = [lesson.example.setup, ...lesson.example.narration].map((t) => t[locale]);
        expect(view.example.narration.length).toBeGreaterThanOrEqual(2);
        expect([view.example.setup, ...view.example.narration]).toEqual(templates.map((t) => narrate(t, fresh, lesson.example.scenario)));
        for (const template of templates) {
          expect(typedText(template), template).not.toMatch(/\d/);
          // Each {seg:n} reads exactly as the diagram and the other pages write segment n.
          for (const [, id] of template.matchAll(/\{seg:(\d+)\}/g)) {
            const rendered = narrate(template, fresh, lesson.example.scenario);
            expect(rendered).toContain(formatSegment(fresh.segments.find((s) => s.id === Number(id))!));
          }
        }
      }
    });

    it("gives the same numbers in English and Chinese", () => {
      const en = lessonView(concept, "en");
      const zh = lessonView(concept, "zh");
      expect(numbersIn([en.example.setup, ...en.example.narration].join(" "))).toEqual(numbersIn([zh.example.setup, ...zh.example.narration].join(" ")));
      expect(zh.example.narration.length).toBe(en.example.narration.length);
      expect(zh.citations.map((c) => c.href)).toEqual(en.citations.map((c) => c.href));
    });

    // The misconception labels are the questions' own text, checked with the questions.
    it("writes its Chinese by the glossary's rules", () => {
      const zh = lessonView(concept, "zh");
      for (const text of [zh.name, zh.summary, zh.what, zh.rule, zh.example.setup, ...zh.example.narration]) {
        expect(findZhStyleProblems(text), text).toEqual([]);
      }
      const en = lessonView(concept, "en");
      for (const text of [en.what, en.rule, en.example.setup, ...en.example.narration]) expect(text).not.toMatch(HAN);
    });
  });

  it("names the misconceptions the question templates put on their distractors, mostly this concept's own", () => {
    const used = labelsUsedByTemplates();
    const anywhere = new Set([...used.values()].flatMap((s) => [...s]));
    const known = new Set(MISCONCEPTIONS.map((m) => m.id));
    for (const concept of CONCEPT_IDS) {
      const { misconceptions } = LESSON_SPECS[concept];
      expect(misconceptions.length, concept).toBeGreaterThanOrEqual(2);
      expect(new Set(misconceptions).size, concept).toBe(misconceptions.length);
      for (const id of misconceptions) {
        expect(known.has(id), `${concept}: ${id}`).toBe(true);
        expect(anywhere.has(id), `${concept}: ${id} is on no distractor`).toBe(true);
      }
      expect(templatesForConcept(concept).length, concept).toBeGreaterThan(0);
      const own = misconceptions.filter((id) => used.get(concept)?.has(id));
      expect(own.length, `${concept}: ${misconceptions.filter((id) => !used.get(concept)?.has(id)).join(", ")}`).toBeGreaterThanOrEqual(
        misconceptions.length - 1,
      );
    }
  });

  it("links each concept to its neighbours in teaching order", () => {
    const first = lessonView(CONCEPTS[0]!.id, "en");
    const last = lessonView(CONCEPTS[CONCEPTS.length - 1]!.id, "zh");
    expect(first.previous).toBeNull();
    expect(first.next?.concept).toBe(CONCEPTS[1]!.id);
    expect(last.next).toBeNull();
    expect(last.previous?.name).toBe(CONCEPTS[CONCEPTS.length - 2]!.name.zh);
  });

  it("computes the handshake's numbers: the SYN,ACK acknowledges the client's ISN + 1, as the engine says", () => {
    const lesson = lessonFor("handshake-numbers");
    const run = runScenario(lesson.example.scenario).trace;
    const synAck = run.segments.find((s) => s.flags.includes("SYN") && s.flags.includes("ACK"))!;
    expect(synAck.ack).toBe(lesson.example.scenario.isn.A + 1);
    for (const locale of LOCALES) expect(lessonView("handshake-numbers", locale).example.narration.join(" ")).toContain(formatSegment(synAck));
  });

  it("refuses a placeholder the trace cannot fill", () => {
    const { trace, scenario } = lessonFor("time-wait").example;
    expect(() => narrate("{seg:999}", trace, scenario)).toThrow(/no segment 999/);
    expect(() => narrate("{state:0:C}", trace, scenario)).toThrow(/no side/);
    expect(() => narrate("{cfg:nothing}", trace, scenario)).toThrow(/no number/);
    expect(() => narrate("{typo:1}", trace, scenario)).toThrow(/unknown placeholder/);
    expect(narrate("{twice:msl} s", trace, scenario)).toBe(`${2 * (scenario.msl ?? 0)} s`);
  });

  it("writes citations as each language does", () => {
    expect(citationLabel({ rfc: 9293, section: "3.10.7.4" }, "en")).toBe("RFC 9293, section 3.10.7.4");
    expect(citationLabel({ rfc: 9293, section: "3.10.7.4" }, "zh")).toBe("RFC 9293 第 3.10.7.4 节");
    expect(citationLabel({ rfc: 9293, figure: 8 }, "zh")).toBe("RFC 9293 图 8");
    expect(citationHref({ rfc: 9293, figure: 8 })).toBe("https://www.rfc-editor.org/rfc/rfc9293#figure-8");
    expect(citationHref({ rfc: 7413 })).toBe("https://www.rfc-editor.org/rfc/rfc7413");
  });
});
