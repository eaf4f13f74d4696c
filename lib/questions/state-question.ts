import type { DetailedRun, ScenarioInput, Side } from "../tcp";
import { rfcOf, transitionsOf, transitionText } from "./describe";
import { asState, stateInput } from "./inputs";
import type { KnownMisconception } from "./misconceptions";
import { stateAt, statePath } from "./run-read";
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
  rfc?: string;
  /** How many steps the diagram shows with the question (default: those before the asked step). */
  shownSteps?: number;
}

/** "What state is X in after step k?", with the classic wrong states taken from the same run. */
export function stateQuestion(o: StateQuestionOptions): TemplateOutput {
  const key = stateAt(o.run, o.step, o.side);
  const path = statePath(o.run, o.side);
  const pathUpTo = statePath(o.run, o.side, o.step);
  // The state it was in before its latest change (the change may be this step's or an earlier one's).
  const before = pathUpTo[pathUpTo.length - 2] ?? pathUpTo[0]!;
  const next = path[pathUpTo.length];
  const distractors: Distractor[] = [
    ...(o.extraDistractors ?? []),
    { response: asState(before), misconception: "state-not-updated" },
    ...(next ? [{ response: asState(next), misconception: "state-before-arrival" as const }] : []),
    { response: asState(stateAt(o.run, o.step, o.side === "A" ? "B" : "A")), misconception: o.otherSideMistake },
  ];
  const changes = transitionsOf(o.run, o.step, o.side);
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
      rfc: o.rfc ?? (changes[0] ? rfcOf(changes[0]) : "3.10.7.4"),
      diagram: explanationDiagram(o.run, o.step),
    },
  };
}
