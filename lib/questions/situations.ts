import { SIDES, type Flag, type ScenarioInput, type Side, type TcpState } from "../tcp";
import { rfcOf, stepText, transitionsOf, transitionText } from "./describe";
import { closeConnection, openConnection, runScenario, Story } from "./story";
import type { Localized } from "./types";

/**
 * "Situation -> resulting state and segment" cards read from an engine run, for flashcards and
 * review: for each step where an endpoint changes state or sends, what it was in, what happened,
 * the state it moved to and what it sent, with the rule and its RFC 9293 section.
 */
export interface Situation {
  step: number;
  side: Side;
  before: TcpState;
  event: Localized;
  after: TcpState;
  sent: { flags: Flag[]; seq: number; ack: number; len: number }[];
  rule: Localized;
  rfc: string;
}

export function situationsOf(scenario: ScenarioInput): Situation[] {
  const run = runScenario(scenario);
  const out: Situation[] = [];
  for (const step of run.trace.steps) {
    for (const side of SIDES) {
      const before = run.states[step.i]!.tcb[side].state;
      const after = step.states[side];
      const sent = step.sent.map((id) => run.trace.segments[id - 1]!).filter((s) => s.from === side);
      if (before === after && sent.length === 0) continue;
      const change = transitionsOf(run, step.i, side)[0];
      out.push({
        step: step.i,
        side,
        before,
        event: stepText(run, scenario, step.i),
        after,
        sent: sent.map(({ flags, seq, ack, len }) => ({ flags, seq, ack, len })),
        rule: transitionText(run, step.i, side),
        rfc: change ? rfcOf(change) : "3.10.7.4",
      });
    }
  }
  return out;
}

/** The textbook life of a connection (open, half-close with data, close, TIME-WAIT) as situations. */
export function textbookSituations(isn: Record<Side, number> = { A: 1000, B: 5000 }, msl = 120): Situation[] {
  const story = new Story({ isn, msl });
  openConnection(story, "A", "B");
  closeConnection(story, "A", "B", 100);
  story.wait(2 * msl);
  return situationsOf(story.scenario());
}
