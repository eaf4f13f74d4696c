/**
 * The public vocabulary of the question generators. A question is a pure function of
 * (template, seed, difficulty): the server stores those three and regenerates the question to
 * grade it. `Question` is the server-side whole (with the key, the tagged distractors and the
 * scenario); `PublicQuestion` is what the learner's browser receives, in one language.
 */
import type { Locale } from "../i18n/config";
import type { Flag, Side, TcpState, Trace } from "../tcp/types";
import type { ScenarioInput } from "../tcp/scenario";
import { TOPIC_CONCEPT_IDS } from "./topic-concepts";

export type { Locale };

/** Text in both languages. */
export type Localized = Record<Locale, string>;

/**
 * 1: textbook numbers (small ISNs, MSL 120 s, no data), one thing asked;
 * 2: varied numbers (larger ISNs, data in flight, other MSLs, either side may start);
 * 3: ISNs near 2^32 so sums wrap, more steps before the asked point, more blanks.
 */
export type Difficulty = 1 | 2 | 3;
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export const CONCEPT_IDS = [
  "handshake-states",
  "handshake-numbers",
  "teardown-states",
  "teardown-numbers",
  "half-close",
  "time-wait",
  "three-segment-close",
  "simultaneous",
  "resets",
  "loss",
  "why-three-four",
  ...TOPIC_CONCEPT_IDS,
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

export interface Concept {
  id: ConceptId;
  name: Localized;
  /** One sentence on what the concept covers. */
  summary: Localized;
}

/** How the learner answers. */
export type AnswerKind = "state" | "flags" | "number" | "state-order" | "diagram-blanks" | "choice";

/** What a number question asks for (so the input can show a hint such as "seconds"). */
export type NumberUnit = "seq" | "ack" | "seconds" | "bytes" | "count";

/** The whole numbers a sensible answer lies in (inclusive); anything else is refused before grading. */
export interface NumberRange {
  min: number;
  max: number;
  /** Decimal places an answer may have (seconds: the engine's microseconds); none: whole numbers only. */
  decimals?: number;
}

/** A field of a sequence diagram blanked out for a question (same shape as the diagram's HiddenField). */
export type BlankField = { segment: number; field: "seq" | "ack" | "len" } | { step: number; side: Side; field: "state" };

/** One blank of a diagram-blanks question; blank n (1-based) is hiddenFields[n - 1] of the diagram. */
export interface PublicBlank {
  /** 1-based, as the diagram draws it: "(1)", "(2)"... */
  number: number;
  target: BlankField;
  /** Numbers for seq/ack/len, a state name for state. */
  input: "number" | "state";
  label: string;
  /** For a number blank: the range a sensible answer lies in. */
  range?: NumberRange;
}

export type PublicInput =
  | { kind: "state"; options: TcpState[] }
  /** allowNone: "no segment at all" (an empty set) is a meaningful answer here. */
  | { kind: "flags"; options: Flag[]; allowNone?: boolean }
  | { kind: "number"; unit: NumberUnit; label: string; range: NumberRange }
  /** Pick states from `options` (a shuffled pool) in the order the endpoint passes through them. */
  | { kind: "state-order"; options: TcpState[]; side: Side }
  | { kind: "diagram-blanks"; blanks: PublicBlank[]; stateOptions: TcpState[] }
  | { kind: "choice"; options: { id: string; text: string }[] };

/** A partial or whole trace to draw, with its blanks: props of components/diagram/sequence-diagram.tsx. */
export interface DiagramData {
  trace: Trace;
  highlightStep?: number;
  highlightSegments?: number[];
  hiddenFields?: BlankField[];
}

/** Exactly what the browser receives before answering: no key, no distractor, no revealing scenario. */
export interface PublicQuestion {
  template: string;
  concept: ConceptId;
  kind: AnswerKind;
  seed: number;
  difficulty: Difficulty;
  locale: Locale;
  prompt: string;
  input: PublicInput;
  /** The situation so far (segments up to the asked point, blanks hidden), when the question shows one. */
  diagram?: DiagramData;
  /** Present only when running it would not give the answer away. */
  scenario?: ScenarioInput;
}

/** A learner's answer. Parse untrusted input with parseResponse (response-schema.ts). */
export type QuestionResponse =
  | { kind: "state"; state: TcpState }
  | { kind: "flags"; flags: Flag[] }
  | { kind: "number"; value: number }
  | { kind: "state-order"; states: TcpState[] }
  /** values[n - 1] answers blank n: a number, or a state name. */
  | { kind: "diagram-blanks"; values: (number | string)[] }
  | { kind: "choice"; choice: string };

export type MisconceptionId = string;

export interface Misconception {
  id: MisconceptionId;
  /** Names the mistake, e.g. "Forgot that SYN takes one sequence number". */
  label: Localized;
}

/** A wrong answer produced by applying a classic mistake to the engine's values. */
export interface Distractor {
  response: QuestionResponse;
  misconception: MisconceptionId;
  /** The endpoint and step the distractor is about, when it is about one (its label's precondition is checked there). */
  about?: { side: Side; step: number };
}

export interface Explanation {
  /** The rule, in words, with the values of this run. */
  text: Localized;
  /** RFC 9293 section, e.g. "3.10.7.4". */
  rfc: string;
  /** The whole run, to draw with the asked-about step and segments highlighted. */
  diagram: DiagramData;
}

/** The server-side question: everything needed to show, grade and explain it. */
export interface Question {
  template: string;
  concept: ConceptId;
  kind: AnswerKind;
  seed: number;
  difficulty: Difficulty;
  prompt: Localized;
  /** Per-locale input descriptions (labels differ by language). */
  input: Record<Locale, PublicInput>;
  /** The partial diagram shown with the question, if any. */
  diagram?: DiagramData;
  /** The scenario the question was built from (replayable step by step). */
  scenario: ScenarioInput;
  /** Whether `scenario` may go to the browser before the answer. */
  scenarioIsPublic: boolean;
  /** A response that grades as correct. */
  key: QuestionResponse;
  /** The key in words. */
  keyText: Localized;
  distractors: Distractor[];
  explanation: Explanation;
}

export interface GradeResult {
  correct: boolean;
  expected: { response: QuestionResponse; text: string };
  /** null when correct; "other" when a wrong answer matches no known mistake. */
  misconception: { id: MisconceptionId; label: string } | null;
  explanation: { text: string; rfc: string; diagram: DiagramData; scenario: ScenarioInput };
}

export interface TemplateInfo {
  id: string;
  concept: ConceptId;
  kind: AnswerKind;
  title: Localized;
}
