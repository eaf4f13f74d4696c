import { formatFlags } from "../content/flags";
import { formatSegment } from "../content/segment";
import { secs } from "../content/text";
import type { ScenarioInput, Trace, TraceSegment, TraceStep } from "../tcp";

/**
 * The worked example's sentences are templates filled from the engine's trace, so that what a
 * lesson says about its example is what the engine did, in both languages alike:
 *
 *   {seg:3}        segment 3 as every page writes it: "SYN,ACK seq=5000 ack=1001"
 *   {seq:3} {ack:3} {len:3} {flags:3} {from:3} {to:3}   one field of segment 3
 *   {state:4:B}    B's state after step 4
 *   {t:4}          the time after step 4, in seconds
 *   {synq:4} {acceptq:4}   the listener's queue lengths after step 4
 *   {isn:A}        A's ISN, from the scenario
 *   {cfg:msl}      a number from the scenario's settings, by path ("keepAlive.B.idle")
 *   {twice:msl}    twice such a number (2 MSL)
 *
 * An unknown placeholder, segment or step is a bug in the lesson, so it throws.
 */
export const PLACEHOLDER = /\{(seg|seq|ack|len|flags|from|to|state|t|synq|acceptq|isn|cfg|twice):([^}]+)\}/g;

function segmentOf(trace: Trace, id: string): TraceSegment {
  const segment = trace.segments.find((s) => s.id === Number(id));
  if (!segment) throw new Error(`lesson: no segment ${id} in the trace`);
  return segment;
}

function stepOf(trace: Trace, i: string): TraceStep {
  const step = trace.steps[Number(i)];
  if (!step) throw new Error(`lesson: no step ${i} in the trace`);
  return step;
}

function setting(scenario: ScenarioInput, path: string): number {
  let value: unknown = scenario;
  for (const key of path.split(".")) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "number") throw new Error(`lesson: the scenario has no number at ${path}`);
  return value;
}

function resolve(kind: string, arg: string, trace: Trace, scenario: ScenarioInput): string {
  switch (kind) {
    case "seg":
      return formatSegment(segmentOf(trace, arg));
    case "seq":
    case "ack":
    case "len":
      return String(segmentOf(trace, arg)[kind]);
    case "flags":
      return formatFlags(segmentOf(trace, arg).flags);
    case "from":
    case "to":
      return segmentOf(trace, arg)[kind];
    case "state": {
      const [i = "", side = ""] = arg.split(":");
      if (side !== "A" && side !== "B") throw new Error(`lesson: no side in {state:${arg}}`);
      return stepOf(trace, i).states[side];
    }
    case "t":
      return secs(stepOf(trace, arg).t);
    case "synq":
    case "acceptq": {
      const listener = stepOf(trace, arg).listener;
      if (!listener) throw new Error(`lesson: step ${arg} has no listener`);
      return String(kind === "synq" ? listener.synQueue : listener.acceptQueue);
    }
    case "isn":
      if (arg !== "A" && arg !== "B") throw new Error(`lesson: no side in {isn:${arg}}`);
      return String(scenario.isn[arg]);
    case "cfg":
      return String(setting(scenario, arg));
    case "twice":
      return String(2 * setting(scenario, arg));
    default:
      throw new Error(`lesson: unknown placeholder ${kind}`);
  }
}

/** A sentence of the worked example with every placeholder filled from the trace. */
export function narrate(template: string, trace: Trace, scenario: ScenarioInput): string {
  const filled = template.replace(PLACEHOLDER, (_, kind: string, arg: string) => resolve(kind, arg, trace, scenario));
  if (/\{[a-z]+:[^}]*\}/.test(filled)) throw new Error(`lesson: unknown placeholder in "${template}"`);
  return filled;
}
