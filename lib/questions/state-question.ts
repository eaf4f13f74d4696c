import { other, type DetailedRun, type ScenarioInput, type Side, type StepTransition } from "../tcp";
import { arrivalsAt, rfcOf, transitionsOf, transitionText } from "./describe";
import { asState, stateInput } from "./inputs";
import type { KnownMisconception } from "./misconceptions";
import { stateAt } from "./run-read";
import type { TemplateOutput } from "./template";
import { join, L } from "./text";
import { questionDiagram } from "./trace-view";
import type { DiagramData, Distractor, Localized } from "./types";

/** The whole run with one step and its segments lit: the explanation's diagram. */
export function explanationDiagram(run: DetailedRun, step: number, extraSegments: number[] = []): DiagramData {
  const s = run.trace.steps[step];
  const segments = [...new Set([...(s?.sent ?? []), ...(s?.received ?? []), ...extraSegments])];
  return { trace: run.trace, highlightStep: step, highlightSegments: segments };
}

export interface StateQuestionOptions {
  run: DetailedRun;
  scenario: ScenarioInput;
  /** The step after which the state is asked. */
  step: number;
  side: Side;
  prompt: Localized;
  /** The mistake of answering with the other side's state. */
  otherSideMistake: KnownMisconception;
  /** Mistakes specific to the template, computed from the run. */
  extraDistractors?: Distractor[];
  /** The first sentence of the explanation (the rule); the state change follows. */
  lead: Localized;
  /** The section cited when the asked step changes nothing (a state change cites its own). */
  rfc?: string;
  /** How many steps the diagram shows with the question (default: those before the asked step). */
  shownSteps?: number;
}

/** Why an endpoint left a state: the mistake of answering with the state it left, named by its cause. */
const STAYED_MISTAKE = (t: StepTransition): KnownMisconception | null =>
  t.event.startsWith("rcv:") ? "state-not-updated" : t.event.startsWith("call:") ? "state-not-updated-after-call" : null;

/** The mistake of answering with the state the endpoint will reach next, named by what will move it there. */
const AHEAD_MISTAKE = (t: StepTransition): KnownMisconception | null =>
  t.event.startsWith("rcv:")
    ? "state-before-arrival"
    : t.event.startsWith("call:")
      ? "state-before-call"
      : t.event === "timeout:time-wait"
        ? "time-wait-skipped"
        : null;

/** The latest state change of `side` at or before `step`, if any. */
function previousTransition(run: DetailedRun, step: number, side: Side): StepTransition | undefined {
  for (const record of run.records.slice(0, step + 1).reverse()) {
    const t = record.transitions.find((x) => x.side === side);
    if (t) return t;
  }
  return undefined;
}

/** The next state change of `side` after `step`, if any. */
function nextTransition(run: DetailedRun, step: number, side: Side): StepTransition | undefined {
  for (const record of run.records.slice(step + 1)) {
    const t = record.transitions.find((x) => x.side === side);
    if (t) return t;
  }
  return undefined;
}

/**
 * "What state is X in after step k?", with the classic wrong states taken from the same run. Each
 * wrong state carries a label only where its premise holds: "the segment had arrived" only when a
 * segment arrived at X during step k and moved it; "before the segment arrived" only when X's next
 * change is a segment's arrival.
 */
export function stateQuestion(o: StateQuestionOptions): TemplateOutput {
  const key = stateAt(o.run, o.step, o.side);
  const about = { side: o.side, step: o.step };
  const changes = transitionsOf(o.run, o.step, o.side);
  const distractors: Distractor[] = [...(o.extraDistractors ?? []).map((d) => ({ ...d, about: d.about ?? about }))];
  const left = changes[0];
  const stayed = left ? STAYED_MISTAKE(left) : null;
  if (left && stayed) distractors.push({ response: asState(left.from), misconception: stayed, about });
  // Nothing moved this side, but something happened at its peer: answering the state it had before
  // its latest change ties it to the peer's event.
  const peerMoved = !left && (transitionsOf(o.run, o.step, other(o.side)).length > 0 || arrivalsAt(o.run, o.step, other(o.side)).length > 0);
  const earlier = previousTransition(o.run, o.step, o.side);
  if (peerMoved && earlier) distractors.push({ response: asState(earlier.from), misconception: "state-follows-peer", about });
  const ahead = nextTransition(o.run, o.step, o.side);
  const aheadMistake = ahead ? AHEAD_MISTAKE(ahead) : null;
  if (ahead && aheadMistake) distractors.push({ response: asState(ahead.to), misconception: aheadMistake, about });
  distractors.push({ response: asState(stateAt(o.run, o.step, other(o.side))), misconception: o.otherSideMistake, about });
  const arrived = arrivalsAt(o.run, o.step, o.side).length > 0;
  return {
    prompt: o.prompt,
    input: stateInput(),
    diagram: questionDiagram(o.scenario, o.shownSteps ?? o.step),
    scenario: o.scenario,
    scenarioIsPublic: false,
    key: asState(key),
    keyText: L(`${o.side} is in ${key}.`, `${o.side} 处于 ${key} 状态。`),
    distractors,
    explanation: {
      text: join([o.lead, transitionText(o.run, o.step, o.side)]),
      // A change cites its own rule; no change cites the template's rule, or 3.10.7.4 only for a segment arrival.
      rfc: left ? rfcOf(left) : (o.rfc ?? (arrived ? "3.10.7.4" : "3.3.2")),
      diagram: explanationDiagram(o.run, o.step),
    },
  };
}
