import { describe, expect, it } from "vitest";
import {
  answerFor,
  CONCEPTS,
  DIFFICULTIES,
  generateQuestion,
  grade,
  listTemplates,
  MISCONCEPTIONS,
  parseResponse,
  templatesForConcept,
  toPublic,
  type Question,
} from ".";
import { OTHER_MISCONCEPTION } from "./misconceptions";

// Properties every template must have, checked over many seeds and every difficulty.

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const templates = listTemplates();
const knownMisconceptions = new Set(MISCONCEPTIONS.map((m) => m.id));

/** Every string under a value, with its path. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

/** The localized texts of a question: every one must exist in both languages. */
function localizedTexts(q: Question): { en: string; zh: string; where: string }[] {
  const out = [
    { ...q.prompt, where: "prompt" },
    { ...q.keyText, where: "keyText" },
    { ...q.explanation.text, where: "explanation" },
  ];
  const en = strings(q.input.en);
  const zh = strings(q.input.zh);
  en.forEach(([path, text], i) => {
    if (path.endsWith(".label") || path.endsWith(".text")) out.push({ en: text, zh: zh[i]?.[1] ?? "", where: `input${path}` });
  });
  return out;
}

describe("the catalogue", () => {
  it("has at least 24 templates over at least 10 concepts, every concept named in both languages", () => {
    expect(templates.length).toBeGreaterThanOrEqual(24);
    const concepts = new Set(templates.map((t) => t.concept));
    expect(concepts.size).toBeGreaterThanOrEqual(10);
    for (const c of CONCEPTS) {
      expect(templatesForConcept(c.id).length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.name.en && c.name.zh && c.name.en !== c.name.zh).toBeTruthy();
    }
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it("covers every answer kind", () => {
    expect(new Set(templates.map((t) => t.kind))).toEqual(new Set(["state", "flags", "number", "state-order", "diagram-blanks", "choice"]));
  });
});

describe.each(templates.map((t) => [t.id, t] as const))("template %s", (id, info) => {
  it("is deterministic: the same seed and difficulty give the same question", () => {
    for (const d of DIFFICULTIES) for (const seed of [1, 7, 4294967295]) expect(generateQuestion(id, seed, d)).toEqual(generateQuestion(id, seed, d));
  });

  it("varies across seeds", () => {
    for (const d of DIFFICULTIES) {
      const distinct = new Set(SEEDS.map((seed) => JSON.stringify(toPublic(generateQuestion(id, seed, d), "en"))));
      expect(distinct.size, `difficulty ${d}`).toBeGreaterThanOrEqual(5);
    }
  });

  it("grades its key as correct, and every distractor as wrong with its own misconception", () => {
    for (const d of DIFFICULTIES)
      for (const seed of SEEDS) {
        const q = generateQuestion(id, seed, d);
        expect(q.kind).toBe(info.kind);
        const key = parseResponse(q, answerFor(q));
        expect(key.ok, `seed ${seed}`).toBe(true);
        if (!key.ok) continue;
        const right = grade(q, key.response, "en");
        expect(right.correct).toBe(true);
        expect(right.misconception).toBeNull();
        expect(q.distractors.length, `seed ${seed} d${d} has distractors`).toBeGreaterThanOrEqual(1);
        for (const distractor of q.distractors) {
          const parsed = parseResponse(q, distractor.response);
          expect(parsed.ok, JSON.stringify(distractor)).toBe(true);
          if (!parsed.ok) continue;
          const wrong = grade(q, parsed.response, "zh");
          expect(wrong.correct, `seed ${seed} d${d} ${JSON.stringify(distractor)}`).toBe(false);
          expect(wrong.misconception?.id).toBe(distractor.misconception);
          expect(knownMisconceptions.has(distractor.misconception) && distractor.misconception !== OTHER_MISCONCEPTION).toBe(true);
        }
      }
  });

  it("speaks both languages everywhere", () => {
    for (const d of DIFFICULTIES)
      for (const seed of SEEDS.slice(0, 5)) {
        const q = generateQuestion(id, seed, d);
        for (const text of localizedTexts(q)) {
          expect(text.en.trim(), text.where).not.toBe("");
          expect(text.zh.trim(), text.where).not.toBe("");
          expect(text.zh, text.where).not.toBe(text.en);
          expect(text.zh, `${text.where} is Chinese`).toMatch(/[\u4e00-\u9fff]/);
        }
        const publicZh = toPublic(q, "zh");
        expect(publicZh.prompt).toBe(q.prompt.zh);
        expect(grade(q, answerFor(q), "zh").explanation.text).toBe(q.explanation.text.zh);
      }
  });

  it("sends the browser no answer: no key fields, no distractors, no revealing scenario", () => {
    for (const d of DIFFICULTIES)
      for (const seed of SEEDS) {
        const q = generateQuestion(id, seed, d);
        const shown = toPublic(q, "en");
        const keys = keysOf(shown);
        for (const forbidden of ["answer", "key", "keyText", "misconception", "correct", "distractors", "explanation", "expected"])
          expect(keys).not.toContain(forbidden);
        if (!q.scenarioIsPublic) expect(shown.scenario).toBeUndefined();
        const trace = shown.diagram?.trace;
        if (!trace) continue;
        const hidden = new Set((shown.diagram?.hiddenFields ?? []).map((h) => ("segment" in h ? `${h.segment}.${h.field}` : "")));
        const visibleNumbers = trace.segments.flatMap((s) =>
          (["seq", "ack"] as const).filter((f) => !hidden.has(`${s.id}.${f}`) && (f === "seq" || s.flags.includes("ACK"))).map((f) => s[f]),
        );
        // A number asked for (or blanked) must not be readable from the diagram shown with the question.
        if (q.key.kind === "number" && q.input.en.kind === "number" && (q.input.en.unit === "seq" || q.input.en.unit === "ack"))
          expect(visibleNumbers, `seed ${seed} d${d}`).not.toContain(q.key.value);
        // The segment a flags question asks about must not be drawn with its flags.
        if (q.key.kind === "flags") {
          const flagsKey = q.key.flags.join(",");
          for (const id of shown.diagram?.highlightSegments ?? [])
            expect(trace.segments[id - 1]?.flags.join(","), `seed ${seed} d${d} segment ${id}`).not.toBe(flagsKey);
        }
        if (q.key.kind === "diagram-blanks" && q.input.en.kind === "diagram-blanks") {
          q.input.en.blanks.forEach((b, i) => {
            const value = (q.key as { values: (number | string)[] }).values[i];
            if (b.input === "number" && b.target.field !== "len") expect(visibleNumbers, `seed ${seed} d${d} blank ${i + 1}`).not.toContain(value);
          });
        }
      }
  });
});
