/**
 * A short lesson per concept (lib/questions CONCEPTS): what it is, the rule with its RFC
 * citations, one worked example run by the engine, and the misconceptions the questions name.
 * Pure: the pages under app/learn render `lessonView(concept, locale)`.
 *
 *   lessonFor("time-wait")            // the lesson, its example run once and kept
 *   lessonView("time-wait", "zh")     // every text in one language, the example's values filled in
 */
import { runScenario } from "../content/scenario-builder";
import type { Locale } from "../i18n/config";
import { CONCEPTS } from "../questions/concepts";
import { misconceptionLabel } from "../questions/misconceptions";
import type { ConceptId, DiagramData } from "../questions/types";
import type { ScenarioInput } from "../tcp";
import { citationHref, citationLabel } from "./citations";
import { narrate } from "./narrate";
import { LESSON_SPECS } from "./specs";
import type { Lesson } from "./types";

export type { Citation, Lesson, LessonExample, LessonSpec } from "./types";
export { citationHref, citationLabel } from "./citations";
export { narrate, PLACEHOLDER } from "./narrate";
export { LESSON_SPECS } from "./specs";

export { LEARN_PATH, lessonHref } from "./href";

export function isLessonConcept(id: string): id is ConceptId {
  return Object.hasOwn(LESSON_SPECS, id);
}

const built = new Map<ConceptId, Lesson>();

/** The lesson of a concept with its example run through the engine (once per process: it never changes). */
export function lessonFor(concept: ConceptId): Lesson {
  const cached = built.get(concept);
  if (cached) return cached;
  const { example, ...spec } = LESSON_SPECS[concept];
  const written = example();
  const lesson: Lesson = { ...spec, example: { ...written, trace: runScenario(written.scenario).trace } };
  built.set(concept, lesson);
  return lesson;
}

/** What a lesson page shows, in one language. */
export interface LessonView {
  concept: ConceptId;
  name: string;
  summary: string;
  what: string;
  rule: string;
  citations: { label: string; href: string }[];
  example: { setup: string; narration: string[]; diagram: DiagramData; scenario: ScenarioInput };
  misconceptions: { id: string; label: string }[];
  previous: { concept: ConceptId; name: string } | null;
  next: { concept: ConceptId; name: string } | null;
}

export function lessonView(concept: ConceptId, locale: Locale): LessonView {
  const lesson = lessonFor(concept);
  const { trace, scenario } = lesson.example;
  const index = CONCEPTS.findIndex((c) => c.id === concept);
  const info = CONCEPTS[index]!;
  const neighbour = (k: number) => {
    const c = CONCEPTS[k];
    return c ? { concept: c.id, name: c.name[locale] } : null;
  };
  const diagram: DiagramData = { trace };
  if (lesson.example.highlightStep !== undefined) diagram.highlightStep = lesson.example.highlightStep;
  if (lesson.example.highlightSegments) diagram.highlightSegments = [...lesson.example.highlightSegments];
  return {
    concept,
    name: info.name[locale],
    summary: info.summary[locale],
    what: lesson.what[locale],
    rule: lesson.rule[locale],
    citations: lesson.citations.map((c) => ({ label: citationLabel(c, locale), href: citationHref(c) })),
    example: {
      setup: narrate(lesson.example.setup[locale], trace, scenario),
      narration: lesson.example.narration.map((s) => narrate(s[locale], trace, scenario)),
      diagram,
      scenario,
    },
    misconceptions: lesson.misconceptions.map((id) => ({ id, label: misconceptionLabel(id, locale) })),
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  };
}
