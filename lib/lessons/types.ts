import type { Localized } from "../content/text";
import type { KnownMisconception } from "../questions/misconceptions";
import type { ConceptId } from "../questions/types";
import type { ScenarioInput, Trace } from "../tcp";

/** A document a lesson cites: an RFC, and a section or figure of it when one fits. */
export interface Citation {
  rfc: 793 | 1122 | 1337 | 4987 | 5961 | 6191 | 6298 | 6528 | 7413 | 9293;
  section?: string;
  figure?: number;
}

/**
 * The worked example: a scenario run through the engine, and sentences about it. The sentences
 * are templates whose values are read from the trace when the lesson is shown (narrate.ts), so
 * no number in them is typed in: `{seg:3}` is segment 3 as every page writes it.
 */
export interface LessonExample {
  scenario: ScenarioInput;
  /** What happens, in one or two sentences, before the diagram. */
  setup: Localized;
  /** One sentence per event worth naming, in order; placeholders as in narrate.ts. */
  narration: readonly Localized[];
  highlightStep?: number;
  highlightSegments?: readonly number[];
  /** Steps the engine refuses on purpose (a call the state does not allow, to show that it does not). */
  refusedSteps?: readonly number[];
}

export interface LessonSpec {
  concept: ConceptId;
  /** What the concept is, in plain words. */
  what: Localized;
  /** The rule, as the RFCs state it (in Handshake's own words). */
  rule: Localized;
  citations: readonly Citation[];
  /** Built with the content toolkit's ScenarioBuilder, so segment ids and steps come from the engine. */
  example: () => LessonExample;
  /** The labels the question templates of this concept put on their distractors. */
  misconceptions: readonly KnownMisconception[];
}

/** A lesson with its example run: what the page shows, before choosing a language. */
export interface Lesson extends Omit<LessonSpec, "example"> {
  example: LessonExample & { trace: Trace };
}
