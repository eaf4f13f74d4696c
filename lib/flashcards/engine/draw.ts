import { hashString, mulberry32 } from "../../questions/random";
import { parseScenario, simulateDetailed, type DetailedRun, type ScenarioInput, type Side, type Step, type TcpState, type TraceSegment } from "../../tcp";
import type { CallName } from "../../tcp/scenario";
import type { EngineCardSpec } from "./spec";

/** What happens at the card's step, read from the scenario. */
export type EngineEvent =
  { kind: "receive"; segment: TraceSegment } | { kind: "call"; call: CallName; bytes: number | null } | { kind: "wait"; seconds: number };

/** The subject's sequence variables just before the event (RFC 9293 section 3.3.1). */
export interface TcbSnapshot {
  iss: number;
  sndUna: number;
  sndNxt: number;
  rcvNxt: number;
}

/** An engine card drawn for one seed: the situation and the engine's answer, in no language yet. */
export interface EngineDraw {
  spec: EngineCardSpec;
  seed: number;
  subject: Side;
  vars: Record<string, string | number>;
  scenario: ScenarioInput;
  run: DetailedRun;
  /** The index of the event's step: the scenario's last. */
  step: number;
  event: EngineEvent;
  before: Record<Side, TcpState>;
  after: Record<Side, TcpState>;
  tcb: TcbSnapshot;
  sent: TraceSegment[];
  notes: { side: Side; text: string }[];
}

/** Seeds are drawn on the server from 0 to 2^31 - 1 (they are stored in a 32-bit integer column). */
export const MAX_SEED = 2 ** 31 - 1;

/** The card's own random stream for a seed, so two cards drawn with one seed differ. */
export const cardRng = (slug: string, seed: number) => mulberry32((seed ^ hashString(slug)) >>> 0);

export function drawEngineCard(spec: EngineCardSpec, seed: number): EngineDraw {
  const built = spec.build(cardRng(spec.slug, seed));
  const scenario = built.script.scenario();
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`engine card ${spec.slug}: invalid scenario: ${parsed.message}`);
  const run = simulateDetailed(parsed.scenario);
  const step = run.trace.steps.length - 1;
  const last = run.trace.steps[step];
  if (!last) throw new Error(`engine card ${spec.slug}: empty scenario`);
  const before = step === 0 ? { A: "CLOSED" as const, B: "CLOSED" as const } : run.trace.steps[step - 1]!.states;
  const tcb = run.states[step]!.tcb[built.subject];
  const segment = (id: number) => run.trace.segments[id - 1]!;
  return {
    spec,
    seed,
    subject: built.subject,
    vars: built.vars ?? {},
    scenario,
    run,
    step,
    event: eventOf(parsed.scenario.steps[step]!, last.received.map(segment)),
    before,
    after: last.states,
    tcb: { iss: tcb.iss, sndUna: tcb.sndUna, sndNxt: tcb.sndNxt, rcvNxt: tcb.rcvNxt },
    sent: last.sent.map(segment),
    notes: last.notes.map((line) => {
      const [side, ...text] = line.split(": ");
      return { side: side === "A" ? "A" : "B", text: text.join(": ") };
    }),
  };
}

function eventOf(step: Step, received: TraceSegment[]): EngineEvent {
  if ("call" in step) return { kind: "call", call: step.call, bytes: step.bytes ?? null };
  if ("wait" in step) return { kind: "wait", seconds: step.wait };
  if ("deliver" in step && received[0]) return { kind: "receive", segment: received[0] };
  throw new Error(`a card's last step must be a call, a wait or one delivery, not ${JSON.stringify(step)}`);
}
