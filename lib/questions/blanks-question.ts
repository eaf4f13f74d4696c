import type { DetailedRun, ScenarioInput } from "../tcp";
import { asBlanks, blanksInput } from "./inputs";
import type { KnownMisconception } from "./misconceptions";
import { segmentOf, stateAt, stepSending } from "./run-read";
import { explanationDiagram } from "./state-question";
import type { TemplateOutput } from "./template";
import { L } from "./text";
import { questionDiagram } from "./trace-view";
import type { BlankField, Distractor, Localized } from "./types";

export interface BlankMistake {
  value: number | string;
  misconception: KnownMisconception;
}

export interface BlankSpecWithMistakes {
  target: BlankField;
  mistakes: BlankMistake[];
}

/** The engine's value of a blank. */
export function blankValue(run: DetailedRun, target: BlankField): number | string {
  return "segment" in target ? segmentOf(run, target.segment)[target.field] : stateAt(run, target.step, target.side);
}

export function blankLabel(run: DetailedRun, target: BlankField): Localized {
  if ("segment" in target) {
    const field = {
      seq: L("sequence number (seq)", "序列号 seq"),
      ack: L("acknowledgment number (ack)", "确认号 ack"),
      len: L("data length (len)", "数据长度 len"),
    }[target.field];
    return L(`Segment ${target.segment}: ${field.en}`, `报文段 ${target.segment} 的${field.zh}`);
  }
  const step = run.trace.steps[target.step];
  const arrived = step?.received[0];
  const sent = step?.sent[0];
  if (arrived !== undefined) return L(`${target.side}'s state once segment ${arrived} has arrived`, `报文段 ${arrived} 到达后 ${target.side} 的状态`);
  if (sent !== undefined) return L(`${target.side}'s state once segment ${sent} is sent`, `报文段 ${sent} 发出后 ${target.side} 的状态`);
  return L(`${target.side}'s state after step ${target.step}`, `第 ${target.step} 步之后 ${target.side} 的状态`);
}

export interface BlanksQuestionOptions {
  run: DetailedRun;
  scenario: ScenarioInput;
  /** Steps of the trace shown with the question. */
  shownSteps: number;
  blanks: BlankSpecWithMistakes[];
  prompt: Localized;
  explanation: Localized;
  rfc: string;
  highlightStep: number;
}

/**
 * "Fill in the blanks of this sequence diagram". The key is the engine's value of each blank;
 * each distractor changes one blank by one classic mistake, so a wrong blank names its mistake.
 */
export function blanksQuestion(o: BlanksQuestionOptions): TemplateOutput {
  const blanksAsked = inDiagramOrder(o.run, withRepeatedValues(o.run, o.shownSteps, o.blanks));
  const targets = blanksAsked.map((b) => b.target);
  const key = targets.map((t) => blankValue(o.run, t));
  const distractors: Distractor[] = blanksAsked.flatMap((b, index) =>
    b.mistakes.map((m) => ({
      response: asBlanks(key.map((v, i) => (i === index ? m.value : v))),
      misconception: m.misconception,
      ...("step" in b.target ? { about: { side: b.target.side, step: b.target.step } } : {}),
    })),
  );
  const keyText = targets.map((t, i) => L(`(${i + 1}) ${key[i]}`, `(${i + 1}) ${key[i]}`));
  return {
    prompt: o.prompt,
    input: blanksInput(targets.map((target) => ({ target, label: blankLabel(o.run, target) }))),
    diagram: questionDiagram(o.scenario, o.shownSteps, targets),
    scenario: o.scenario,
    scenarioIsPublic: false,
    key: asBlanks(key),
    keyText: { en: `The blanks: ${keyText.map((k) => k.en).join(", ")}.`, zh: `各空的答案：${keyText.map((k) => k.zh).join("，")}。` },
    distractors,
    explanation: { text: o.explanation, rfc: o.rfc, diagram: explanationDiagram(o.run, o.highlightStep) },
  };
}

/**
 * A number blanked in one place must not be readable in another: every other seq or ack shown
 * with the same value becomes a blank too (with the same mistakes), after the template's blanks.
 */
function withRepeatedValues(run: DetailedRun, shownSteps: number, blanks: readonly BlankSpecWithMistakes[]): BlankSpecWithMistakes[] {
  const shownSegments = new Set(run.trace.steps.slice(0, shownSteps).flatMap((s) => s.sent));
  const out = [...blanks];
  const taken = new Set(blanks.map((b) => ("segment" in b.target ? `${b.target.segment}.${b.target.field}` : "")));
  for (const b of blanks) {
    if (!("segment" in b.target) || b.target.field === "len") continue;
    const value = blankValue(run, b.target);
    for (const s of run.trace.segments) {
      if (!shownSegments.has(s.id)) continue;
      for (const field of ["seq", "ack"] as const) {
        if (field === "ack" && !s.flags.includes("ACK")) continue;
        if (s[field] !== value || taken.has(`${s.id}.${field}`)) continue;
        taken.add(`${s.id}.${field}`);
        out.push({ target: { segment: s.id, field }, mistakes: b.mistakes });
      }
    }
  }
  return out;
}

/** Numbers the blanks top to bottom as the diagram draws them: by step, a segment's seq before its ack, labels after segments. */
function inDiagramOrder(run: DetailedRun, blanks: BlankSpecWithMistakes[]): BlankSpecWithMistakes[] {
  const rank = ({ target }: BlankSpecWithMistakes): number[] =>
    "segment" in target
      ? [stepSending(run, target.segment), 0, target.segment, ["seq", "ack", "len"].indexOf(target.field)]
      : [target.step, 1, target.side === "A" ? 0 : 1, 0];
  const compare = (a: number[], b: number[]): number => a.reduce((out, x, i) => out || x - b[i]!, 0);
  return blanks.slice().sort((a, b) => compare(rank(a), rank(b)));
}
